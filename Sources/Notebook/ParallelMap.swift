import Foundation
import Language

/// Runs independent jobs (lessons) on a fixed number of threads and returns their results in input order.
/// Each lesson has its own interpreter session, so lessons share nothing while they run.
public enum ParallelMap {
    /// `body` for every item, `jobs` at a time; `finished` is told (one call at a time, in the order jobs end)
    /// how many are done and which one just ended.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int,
        finished: @escaping @Sendable (_ done: Int, _ index: Int, Result) -> Void = { _, _, _ in },
        _ body: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let state = SharedState<Result>(count: items.count)
        let workers = max(1, min(jobs, items.count))
        let work: @Sendable (Int) -> Void = { _ in
            while let index = state.next() {
                let result = body(items[index])
                state.finish(index, result, report: finished)
            }
        }
        // A worker the system refuses to start (a tight `ulimit -v`) leaves its share to the others; with
        // none started, the calling thread does all the work.
        var threads: [NativeThread] = []
        for _ in 0..<workers {
            guard let thread = try? NativeThread.start(stackSize: 1 << 22, work) else { break }
            threads.append(thread)
        }
        if threads.isEmpty { work(0) }
        for thread in threads { thread.join() }
        return state.results.map { $0! }
    }
}

/// The work queue and results of a parallel map, behind a lock.
private final class SharedState<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private let count: Int
    private(set) var results: [Result?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func finish(_ index: Int, _ result: Result, report: (Int, Int, Result) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        done += 1
        report(done, index, result)
    }
}
