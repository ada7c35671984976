import Language

/// One value computed on a thread of its own while the caller does other work; `value()` waits for it. When the
/// system refuses the thread (a tight `ulimit -v`), `value()` computes it on the calling thread instead.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let compute: @Sendable () -> Value
    // Written by the thread before it ends and read after `join`, which orders the two.
    private var result: Value?
    private var thread: NativeThread?

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
        thread = try? NativeThread.start(stackSize: 1 << 22) { [self] _ in result = compute() }
    }

    func value() -> Value {
        if let thread {
            thread.join()
            self.thread = nil
        }
        if let result { return result }
        let computed = compute()
        result = computed
        return computed
    }
}
