/// A compiled call of a name declared with `func`: where the name lives, the function it called last, its
/// arguments, and the site's labels. The call's closure captures this one object (see `Compiler.compileFunctionCall`).
final class FunctionCall {
    let interpreter: Interpreter
    let address: SlotAddress
    let cache = CalleeCache()
    let site: CallSite
    let values: [ExprCode]
    /// The first three arguments, which the call writes straight into the callee's frame; `.constant(.void)` past
    /// the last.
    let first: Operand
    let second: Operand
    let third: Operand
    let name: String
    let namePosition: Position

    init(
        interpreter: Interpreter, address: SlotAddress, site: CallSite, operands: [Operand], name: String,
        namePosition: Position
    ) {
        self.interpreter = interpreter
        self.address = address
        self.site = site
        values = operands.map(\.code)
        first = operands.count > 0 ? operands[0] : .constant(.void)
        second = operands.count > 1 ? operands[1] : .constant(.void)
        third = operands.count > 2 ? operands[2] : .constant(.void)
        self.name = name
        self.namePosition = namePosition
    }

    /// Calls the function the name holds, with `writer` putting the arguments into its frame.
    @inline(__always)
    func run(_ frame: Frame, writer: (_ caller: Frame, _ callee: Frame) throws -> Void) throws -> RuntimeValue {
        let slot = address(frame)
        guard cache.holds(slot) else { return try uncached(slot, frame) }
        return try cache.compiled.unsafelyUnwrapped._withUnsafeGuaranteedRef { function in
            if let integer = function.integer, integer.isWorthTrying, try site.isDirect(for: function) {
                return try runInteger(integer, function, frame)
            }
            return try interpreter.call(
                function, cache.captured.unsafelyUnwrapped, arguments: values, writer: writer, from: frame, site)
        }
    }

    /// A call of a function with an Int body (`IntegerFunction`): its arguments evaluated once, then that body
    /// when they are all Ints and it runs to the end, else the general call with the values as evaluated.
    @inline(never)
    private func runInteger(_ integer: IntegerFunction, _ function: CompiledFunction, _ frame: Frame) throws
        -> RuntimeValue
    {
        let arity = integer.arity
        let a = try first.value(frame)
        let b = arity > 1 ? try second.value(frame) : RuntimeValue.int(0)
        let c = arity > 2 ? try third.value(frame) : RuntimeValue.int(0)
        if case .int(let x) = a, case .int(let y) = b, case .int(let z) = c {
            let arguments = IntegerFunction.Arguments(first: x, second: y, third: z)
            if let result = try integer.run(arguments, of: function, from: frame, at: site.position) { return .int(result) }
        } else {
            integer.calledWithOtherValues = true
        }
        integer.generalRuns += 1
        defer { integer.generalRuns -= 1 }
        return try interpreter.call(
            function, cache.captured.unsafelyUnwrapped, arguments: values,
            writer: { _, callee in
                (callee.slots + 0).initialize(to: a)
                if arity > 1 { (callee.slots + 1).initialize(to: b) }
                if arity > 2 { (callee.slots + 2).initialize(to: c) }
            }, from: frame, site)
    }

    /// Not through the cache: called before its declaration ran (a function body may name a later `func` of its
    /// block), or the name holds a function made at run time.
    @inline(never)
    private func uncached(_ slot: UnsafeMutablePointer<RuntimeValue>, _ frame: Frame) throws -> RuntimeValue {
        if case .void = slot.pointee {
            throw LanguageError(
                message: "`\(name)` is called before its `func` declaration has run; declare it above this call",
                position: namePosition, length: name.count)
        }
        return try interpreter.call(slot.pointee, try Compiler.evaluate(values, frame), site)
    }
}
