/// A user `func` or closure after compilation: its parameters, its compiled body, and the size of the frame
/// each call makes. Shared by every function value made from the same declaration.
final class CompiledFunction {
    let declaration: FunctionDecl
    /// Default values, compiled in the scope around the declaration and run in the frame the function captured.
    let defaults: [ExprCode?]
    let frameSize: Int
    /// Whether the body reads locals of the frame the function captured; when not, a call's frame is not linked
    /// to it, which spares a retain and a release per call.
    let needsParent: Bool
    let body: CompiledExpr
    /// The slots a call's frame may empty on return although closures hold it (see `Frame.release`).
    let uncaptured: [Int]
    /// True when no parameter has a label, so positional arguments, one per parameter, bind in order.
    let isPositional: Bool
    /// The body compiled a second time to run on plain Ints, for a function that allows it (`IntegerFunction`).
    let integer: IntegerFunction?

    init(
        declaration: FunctionDecl, defaults: [ExprCode?], frame: Resolver.FrameFacts, body: @escaping CompiledExpr,
        integer: IntegerFunction?
    ) {
        self.declaration = declaration
        self.integer = integer
        self.defaults = defaults
        frameSize = frame.size
        needsParent = frame.needsParent
        uncaptured = frame.uncaptured
        self.body = body
        isPositional = declaration.parameters.allSatisfy { $0.label == nil }
    }

    /// The frame of the last call that finished without leaving a reference to it, cleared for the next call.
    /// A call takes it instead of allocating, so a loop of calls allocates no frames. Cells run on one thread at a
    /// time, so no lock is needed.
    @exclusivity(unchecked) private var spareFrame: Frame?
    /// More cleared frames, for recursion: a recursive call finds `spareFrame` taken, and takes one of these once
    /// the recursion has been as deep before (up to `spareLimit` levels). A fixed stack of retained references,
    /// allocated at the first recursion: an array's uniqueness and capacity checks on every pop and push cost a
    /// call of `fib` 9 of its 460 instructions more.
    @exclusivity(unchecked) private var deeperFrames: UnsafeMutablePointer<Unmanaged<Frame>>?
    @exclusivity(unchecked) private var deeperCount = 0

    /// The most frames `deeperFrames` keeps: recursion deeper than this allocates the frames past it.
    private static let spareLimit = 64

    deinit {
        guard let deeperFrames else { return }
        for i in 0..<deeperCount { deeperFrames[i].release() }
        deeperFrames.deallocate()
    }

    /// A frame `recycle` kept for recursion, or nil.
    @inline(__always)
    private func popDeeper() -> Frame? {
        guard deeperCount > 0 else { return nil }
        deeperCount -= 1
        return deeperFrames.unsafelyUnwrapped[deeperCount].takeRetainedValue()
    }

    /// A frame for a call. Its slots hold nothing to release (`.void`, or a number a cleared frame kept), so the
    /// arguments may be initialized into them.
    @inline(__always)
    func makeFrame(parent: Frame) -> Frame {
        if let frame = spareFrame.take() ?? popDeeper() {
            if needsParent { frame.setParent(parent) }
            return frame
        }
        return Frame.make(size: frameSize, parent: needsParent ? parent : nil)
    }

    /// A frame for a call of a function that does not need its captured frame (see `needsParent`).
    @inline(__always)
    func makeFrame() -> Frame {
        spareFrame.take() ?? popDeeper() ?? Frame.make(size: frameSize, parent: nil)
    }

    /// Keeps a finished call's frame for the next call when nothing else holds it. A closure made during the call
    /// keeps the frame alive, and then it is not reused, but the slots no closure reads are emptied.
    @inline(__always)
    func recycle(_ frame: consuming Frame) {
        guard isKnownUniquelyReferenced(&frame) else { return frame.release(uncaptured) }
        if spareFrame == nil {
            frame.clear()
            spareFrame = consume frame
        } else if deeperCount < CompiledFunction.spareLimit {
            frame.clear()
            let stack = deeperFrames ?? .allocate(capacity: CompiledFunction.spareLimit)
            deeperFrames = stack
            stack[deeperCount] = .passRetained(frame)
            deeperCount += 1
        }
    }

    var name: String { declaration.name }
    var parameters: [Parameter] { declaration.parameters }
}
