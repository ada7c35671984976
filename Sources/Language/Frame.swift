/// What a frame knows besides its slots.
struct FrameHeader {
    /// The frame the code that made this one was compiled in: a function's frame points at the frame its
    /// closure captured.
    var parent: Frame?
    let count: Int
}

/// The variables of one activation at run time: a function call, or a loop iteration whose body makes closures.
/// The resolver gives every variable a fixed slot, so a name is read as `frame[i]`, or through `parent` links a
/// fixed number of levels up. The slots are allocated with the frame, in one block.
final class Frame: ManagedBuffer<FrameHeader, RuntimeValue> {
    /// A frame of `size` empty slots.
    static func make(size: Int, parent: Frame?) -> Frame {
        let frame = unsafeDowncast(
            Frame.create(minimumCapacity: size) { _ in FrameHeader(parent: parent, count: size) }, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { slots in
            for i in 0..<size { (slots + i).initialize(to: .void) }
        }
        return frame
    }

    deinit {
        // Element by element: the generic array destroy costs more than the few slots of a call's frame.
        withUnsafeMutablePointers { header, slots in
            for i in 0..<header.pointee.count { (slots + i).deinitialize(count: 1) }
        }
    }

    var parent: Frame? { header.parent }

    /// Empties the slots and drops the parent, so a finished call's frame can serve the next call (see
    /// `CompiledFunction.makeFrame`) without holding on to what the finished call left in it.
    @inline(__always)
    func clear() {
        withUnsafeMutablePointers { header, slots in
            // Most calls' frames have no parent (see `CompiledFunction.needsParent`); storing nil over nil still
            // calls the runtime to release the old one.
            if header.pointee.parent != nil { header.pointee.parent = nil }
            for i in 0..<header.pointee.count {
                // A number holds nothing to release: leaving it costs less than the generic destroy of the slot.
                switch slots[i] {
                case .int, .double, .bool, .void: continue
                default: slots[i] = .void
                }
            }
        }
    }

    /// Empties `slots` of a frame whose code is done but which closures still hold (see
    /// `Resolver.FrameFacts.uncaptured`), so that a closure kept in one of them does not keep the frame alive.
    func release(_ slots: [Int]) {
        withUnsafeMutablePointerToElements { elements in
            for i in slots {
                switch elements[i] {
                case .int, .double, .bool, .void: continue
                default: elements[i] = .void
                }
            }
        }
    }

    /// Gives a cleared frame the parent of its next call. Through the header's pointer, as assigning `header` is
    /// an access to a class property that Swift checks for exclusivity at run time.
    @inline(__always)
    func setParent(_ parent: Frame) {
        withUnsafeMutablePointerToHeader { $0.pointee.parent = parent }
    }

    /// The slots. Indices come from the resolver, which sized the frame, so they are not checked again.
    @inline(__always)
    var slots: UnsafeMutablePointer<RuntimeValue> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// The frame `depth` levels up the chain (0 is this one). Walked through the headers' pointers without
    /// reference counting: each frame holds its parent, and reading `header` is an access Swift checks at run time.
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        unmanagedAncestor(depth).takeUnretainedValue()
    }

    /// `ancestor(depth)`, not retained.
    @inline(__always)
    func unmanagedAncestor(_ depth: Int) -> Unmanaged<Frame> {
        var frame = Unmanaged.passUnretained(self)
        for _ in 0..<depth {
            frame = frame._withUnsafeGuaranteedRef { current in
                current.withUnsafeMutablePointerToHeader { Unmanaged.passUnretained($0.pointee.parent.unsafelyUnwrapped) }
            }
        }
        return frame
    }
}
