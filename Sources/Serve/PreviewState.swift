import Foundation

/// What the pages of a preview need to know about the builds: which one they show (its generation), why the
/// last one failed, and who is listening for the next one.
actor PreviewState {
    /// Counts published builds; a page carries the number it was served with.
    private(set) var generation = 0
    /// The last build's failure, shown in every page until a build succeeds.
    private(set) var problem: String?
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    /// Records a finished build and tells every open page.
    func publish(problem: String?) {
        generation += 1
        self.problem = problem
        let event = Self.event(generation)
        for listener in listeners.values { listener.yield(event) }
    }

    /// A new listener's events, starting with the current generation.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield("retry: 500\n" + Self.event(generation))
        return stream
    }

    /// Ends every stream, so the server can stop without waiting on open pages.
    func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    private static func event(_ generation: Int) -> String {
        "data: \(generation)\n\n"
    }
}
