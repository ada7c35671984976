/// A global `func` of one to three parameters whose body is integer arithmetic on its parameters and calls of
/// itself, such as `func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }`, compiled a second time
/// to run on plain Ints: no frames, no boxed values. A call takes this path when every argument is an Int.
///
/// It gives what the general path gives, or steps aside. An operation the general path would turn into
/// something else (an overflow, which makes a Double; a remainder by 0 or −1) or a limit it would report (the
/// step budget, the recursion depth) abandons the run with `IntegerFunction.Abandoned`; the caller puts the step
/// count and the depth back and runs the call on the general path from its start, which then does what it
/// always did. The body reads nothing but its parameters and calls nothing but itself, so running it again shows
/// nothing twice. Each call counts one step and one level of depth, as on the general path, and the clock is
/// looked at on the same steps.
final class IntegerFunction {
    /// Up to three Int arguments; the unused ones are 0.
    struct Arguments {
        var first = 0
        var second = 0
        var third = 0
    }

    /// Thrown where the general path must take over.
    struct Abandoned: Error {}

    let arity: Int
    /// Runs abandoned so far. A function that keeps overflowing would do its work twice on every call, so past
    /// `abandonLimit` its calls take the general path only.
    @exclusivity(unchecked) private(set) var abandonedRuns = 0
    private static let abandonLimit = 8
    /// Set by the first call with an argument that is not an Int (`x * y + 1` called with Doubles): the function
    /// takes the general path from then on, without evaluating its arguments apart first.
    @exclusivity(unchecked) var calledWithOtherValues = false
    /// Above 0 while the general path runs a call this function abandoned: the calls inside it take the general
    /// path too, rather than abandoning again level by level.
    @exclusivity(unchecked) var generalRuns = 0
    var isWorthTrying: Bool {
        !calledWithOtherValues && generalRuns == 0 && abandonedRuns < IntegerFunction.abandonLimit
    }

    /// Where the function's name lives: a call checks that it still holds this function before running the body,
    /// whose calls of the name then go straight to the body (the body assigns nothing, so the slot cannot change).
    let selfSlot: SlotAddress
    /// Unmanaged: the body runs only from a call site's `FunctionCall`, which holds the interpreter, and a
    /// retained reference would cost a retain and a release per call.
    private let interpreter: Unmanaged<Interpreter>
    /// Keeps the body alive; `body` reaches it on every call without reference counting.
    private var root: IntegerNode
    private var body: Unmanaged<IntegerNode>

    init(arity: Int, selfSlot: SlotAddress, interpreter: Interpreter) {
        self.arity = arity
        self.selfSlot = selfSlot
        self.interpreter = .passUnretained(interpreter)
        root = IntegerLeaf(.literal(0))
        body = .passUnretained(root)
    }

    /// Sets the body, which is built after this object because its calls of the function refer to it.
    func setBody(_ node: IntegerNode) {
        root = node
        body = .passUnretained(node)
    }

    /// One call: counted against the step budget and the recursion depth as `Interpreter.enter` counts it, then
    /// the body. Past either limit, the run is abandoned and the general path reports it.
    @inline(__always)
    func call(_ arguments: Arguments, at position: Position) throws -> Int {
        try interpreter._withUnsafeGuaranteedRef { interpreter in
            interpreter.steps += 1
            if interpreter.steps & 0xFFF == 0 { try interpreter.checkClock(position) }
            if interpreter.steps > interpreter.limits.stepBudget { throw Abandoned() }
            interpreter.callDepth += 1
            defer { interpreter.callDepth -= 1 }
            if interpreter.callDepth > interpreter.recursionLimit { throw Abandoned() }
            return try body._withUnsafeGuaranteedRef { try $0.value(arguments) }
        }
    }

    /// A call from lesson code, or nil when it must take the general path: the name no longer holds `function`,
    /// or the run was abandoned (the step count and depth are then as they were before it).
    func run(_ arguments: Arguments, of function: CompiledFunction, from frame: Frame, at position: Position) throws
        -> Int?
    {
        guard case .function(let value) = selfSlot(frame).pointee, case .user(let compiled, _) = value.body,
              compiled === function
        else { return nil }
        let interpreter = self.interpreter.takeUnretainedValue()
        let (steps, depth) = (interpreter.steps, interpreter.callDepth)
        do {
            return try call(arguments, at: position)
        } catch is Abandoned {
            (interpreter.steps, interpreter.callDepth) = (steps, depth)
            abandonedRuns += 1
            return nil
        }
    }
}
