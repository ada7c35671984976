import Dispatch

/// Runs async work from the synchronous command and waits for it; the command's thread is not one of Swift's
/// cooperative threads, so blocking it does not hold up the work.
public enum Blocking {
    public static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        Task {
            do {
                outcome.result = .success(try await work())
            } catch {
                outcome.result = .failure(error)
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        return try outcome.result!.get()
    }

    /// The result, written by the task before it signals and read by the waiting thread after.
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        var result: Result<T, any Error>?
        let done = DispatchSemaphore(value: 0)
    }
}
