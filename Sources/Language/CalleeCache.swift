/// The function a call site of a `func` name called last, so the next call through the same name reaches its
/// compiled body without copying the function value out of its slot: a copy costs atomic reference counting on
/// the value, its compiled code and its captured frame, which was most of a call's cost.
///
/// Only names declared with `func` are cached: their slot cannot be assigned while a call runs (a later cell may
/// redeclare the name, and the identity check sees it). The strong reference keeps the cached function alive, so
/// its identity cannot pass to another function and the unowned references below stay valid.
final class CalleeCache {
    private var function: FunctionValue?
    private var identity: ObjectIdentifier?
    /// Unmanaged, so a call borrows them (`_withUnsafeGuaranteedRef`) instead of retaining them.
    private(set) var compiled: Unmanaged<CompiledFunction>?
    private(set) var captured: Unmanaged<Frame>?

    /// True when the slot holds the cached user function; otherwise caches it when it is one.
    @inline(__always)
    func holds(_ slot: UnsafeMutablePointer<RuntimeValue>) -> Bool {
        guard case .function(let value) = slot.pointee else { return false }
        if ObjectIdentifier(value) == identity { return true }
        guard case .user(let compiled, let captured) = value.body else { return false }
        function = value
        identity = ObjectIdentifier(value)
        self.compiled = Unmanaged.passUnretained(compiled)
        self.captured = Unmanaged.passUnretained(captured)
        return true
    }
}
