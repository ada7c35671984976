/// The variables of one activation at run time: a function call, a loop iteration whose body makes closures,
/// a cell's top level, or the session's globals. The resolver gives every variable a fixed slot, so a name is
/// read as `frame.slots[i]`, or through `parent` links a fixed number of levels up.
final class Frame {
    // A frame is used by one cell's thread at a time; skipping the dynamic exclusivity checks on the slots
    // keeps variable access to an array load.
    @exclusivity(unchecked) var slots: [RuntimeValue]
    /// The frame the code that made this one was compiled in: a function's frame points at the frame its
    /// closure captured.
    let parent: Frame?

    init(size: Int, parent: Frame?) {
        slots = Array(repeating: .void, count: size)
        self.parent = parent
    }

    /// Adds empty slots up to `size`: a cell's frame grows as its statements are compiled.
    func grow(to size: Int) {
        if slots.count < size { slots += Array(repeating: .void, count: size - slots.count) }
    }

    /// The frame `depth` levels up the chain (0 is this one).
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent.unsafelyUnwrapped }
        return frame
    }
}
