import Foundation

/// The thread that polls the lessons and rebuilds. Builds block (lessons run on their own threads), so they
/// stay off Swift's cooperative pool, which the HTTP server needs.
final class WatchLoop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopping = false
    private let finished = DispatchSemaphore(value: 0)
    private var thread: Thread?

    /// Starts polling every `interval` seconds: `step` sees the watcher each time. The watcher has taken its
    /// first look already, on the caller's thread: taken on this thread, whenever it happens to start, an edit
    /// made meanwhile would become the baseline and never show.
    func start(interval: Double, watcher: SourceWatcher, step: @escaping @Sendable (inout SourceWatcher) -> Void) {
        let thread = Thread { [self] in
            var watcher = watcher
            while !isStopping {
                Thread.sleep(forTimeInterval: interval)
                if !isStopping { step(&watcher) }
            }
            finished.signal()
        }
        thread.name = "lessonrun serve: watch"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Asks the loop to end and waits until it has, at most `timeout` seconds (a lesson may be running).
    func stop(timeout: Double = 5) {
        let started = lock.withLock {
            stopping = true
            return thread != nil
        }
        if started { _ = finished.wait(timeout: .now() + timeout) }
    }

    private var isStopping: Bool {
        lock.withLock { stopping }
    }
}
