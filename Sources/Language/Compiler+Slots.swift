/// Reading and writing resolved slots. The common cases — the current frame and the globals — get closures of
/// their own, so a variable access is a load from a known place.
extension Compiler {
    /// Where a slot is, from the current frame.
    func address(_ slot: Slot) -> SlotAddress {
        switch slot {
        case .local(let depth, let index): SlotAddress(place: .local(depth: depth, index: index))
        case .global(let index): SlotAddress(globals: interpreter.globals, index: index)
        }
    }

    func reader(_ slot: Slot) -> CompiledExpr {
        switch slot {
        case .local(0, let index):
            return { $0.slots[index] }
        case .local(1, let index): return { $0.parent.unsafelyUnwrapped.slots[index] }
        case .local(let depth, let index): return { $0.ancestor(depth).slots[index] }
        case .global(let index):
            let globals = interpreter.globals
            return { _ in globals.slots[index] }
        }
    }

    /// Stores a value into a slot, for declarations; the declaration of a named global marks it defined.
    func storer(_ slot: Slot, declaresGlobal: Bool) -> (Frame, RuntimeValue) throws -> Void {
        switch slot {
        case .local(0, let index):
            return { frame, value in frame.slots[index] = value }
        case .local(let depth, let index):
            return { frame, value in frame.ancestor(depth).slots[index] = value }
        case .global(let index) where declaresGlobal:
            let globals = interpreter.globals
            return { _, value in
                globals.slots[index] = value
                globals.defined[index] = true
            }
        case .global(let index):
            let globals = interpreter.globals
            return { _, value in globals.slots[index] = value }
        }
    }

    /// `name = value` and `name op= value`, updating the slot in place.
    func assignment(to slot: Slot, op: ArithmeticOperator?, value: @escaping CompiledExpr, at position: Position)
        -> CompiledStmt
    {
        let interpreter = self.interpreter
        guard let op else {
            switch slot {
            case .local(0, let index):
                return { frame in
                    frame.slots[index] = try value(frame)
                    return .normal
                }
            case .global(let index):
                let globals = interpreter.globals
                return { frame in
                    let result = try value(frame)
                    globals.slots[index] = result
                    return .normal
                }
            case .local:
                let address = self.address(slot)
                return { frame in
                    let result = try value(frame)
                    address(frame).pointee = result
                    return .normal
                }
            }
        }
        // Doubles are combined in place; anything else goes through the operators.
        @inline(__always)
        func update(_ target: UnsafeMutablePointer<RuntimeValue>, _ operand: RuntimeValue) throws {
            if case .double(let current) = target.pointee, case .double(let x) = operand {
                switch op {
                case .add: target.pointee = .double(current + x)
                case .subtract: target.pointee = .double(current - x)
                case .multiply: target.pointee = .double(current * x)
                case .divide: target.pointee = .double(current / x)
                case .remainder, .power, .matrixProduct:
                    target.pointee = try interpreter.arithmetic(op, .double(current), operand, at: position)
                }
                return
            }
            if op == .add, case .string = target.pointee, case .string(let tail) = operand {
                return try interpreter.append(tail, toStringAt: target, at: position)
            }
            target.pointee = try interpreter.arithmetic(op, target.pointee, operand, at: position)
        }
        switch slot {
        case .local(0, let index):
            return { frame in
                try update(frame.slots + index, try value(frame))
                return .normal
            }
        case .global(let index):
            let globals = interpreter.globals
            return { frame in
                let operand = try value(frame)
                try update(globals.slots + index, operand)
                return .normal
            }
        case .local:
            let address = self.address(slot)
            return { frame in
                let operand = try value(frame)
                try update(address(frame), operand)
                return .normal
            }
        }
    }
}

/// Where a resolved variable lives, as a value the closures that read it in place capture: finding the slot is a
/// switch inlined into them, where a closure per address cost an indirect call per access (a tenth of a scalar
/// loop's time).
struct SlotAddress {
    enum Place {
        case local(depth: Int, index: Int)
        /// Unmanaged, so that finding a global's slot costs no reference counting; `owner` keeps the globals alive.
        case global(Unmanaged<Globals>, Int)
    }

    let place: Place
    private let owner: Globals?

    init(place: Place) {
        self.place = place
        owner = nil
    }

    init(globals: Globals, index: Int) {
        place = .global(.passUnretained(globals), index)
        owner = globals
    }

    @inline(__always)
    func callAsFunction(_ frame: Frame) -> UnsafeMutablePointer<RuntimeValue> {
        switch place {
        case .local(0, let index): frame.slots + index
        case .local(let depth, let index): frame.ancestor(depth).slots + index
        case .global(let globals, let index): globals._withUnsafeGuaranteedRef { $0.slots } + index
        }
    }
}
