import Dispatch
import Engine
#if canImport(Glibc)
import Glibc
#endif
import Figures

/// The run-time state of compiled code. One instance lives as long as a lesson's `Session`, so globals carry
/// from cell to cell; per-cell state (outputs, steps, expectations) is reset by `beginCell`.
final class Interpreter {
    let globals = Globals()
    var limits: Limits {
        didSet { recursionLimit = limits.effectiveRecursionDepth }
    }
    /// `limits.effectiveRecursionDepth`, kept at hand for every call.
    @exclusivity(unchecked) private(set) var recursionLimit: Int
    @exclusivity(unchecked) var steps = 0
    /// When the cell must stop, in `Interpreter.now()` nanoseconds; checked every few thousand steps.
    var deadline: UInt64?
    /// When to look at the process's memory next, in `Interpreter.now()` nanoseconds.
    var nextMemoryCheck: UInt64 = 0
    @exclusivity(unchecked) var callDepth = 0
    var outputs: [CellOutput] = []
    /// An error raised where nothing could throw it (a struct's `description` run by a display); the cell reports
    /// it at its next look at the clock (every few thousand steps, and after builtins such as `print`), or once
    /// the statement that caused it is done.
    var pendingError: LanguageError? {
        didSet { hasPendingError = pendingError != nil }
    }
    /// `pendingError != nil`, which `checkClock` looks at.
    @exclusivity(unchecked) private var hasPendingError = false
    var expectations: [ExpectationResult] = []
    /// The figure plotting calls draw into, matplotlib style; shown at `show()` or the end of the cell.
    var currentFigure: Figure?
    /// numpy's global random stream for `seed`, `random`, `randn`, …; it starts as after `seed(0)`.
    let randomState = RandomState(seed: 0)
    /// The bound for `//=>` numbers that state none with `±`; nil means each number's written precision.
    var tolerance: Double?
    var origin = SourceOrigin(file: "<input>")
    var sourceLines: [String] = []

    init(limits: Limits) {
        self.limits = limits
        recursionLimit = limits.effectiveRecursionDepth
    }

    func beginCell(source: String, origin: SourceOrigin) {
        self.origin = origin
        sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        steps = 0
        callDepth = 0
        deadline = limits.timeout.map { Interpreter.now() + Interpreter.clockResolution + UInt64(max(0, $0) * 1e9) }
        outputs = []
        pendingError = nil
        expectations = []
        currentFigure = nil
    }

    /// Compiles and runs a cell's statements in order; the value of a final, unchecked expression statement becomes
    /// the cell's value output.
    func run(_ statements: [Stmt]) throws {
        defer { flushFigure() }
        var compiler = Compiler(interpreter: self)
        compiler.beginCell(statements)
        // Top-level code keeps its variables in the globals; this empty frame is what its closures capture.
        let frame = Frame.make(size: 0, parent: nil)
        try compileStructures(statements, &compiler)
        for (i, statement) in Self.functionsFirst(statements) {
            if i == statements.count - 1, case .expression(let expr, let expectation) = statement {
                let value = try compiler.compile(expr)(frame)
                try reportPendingError()
                flushFigure()
                // A checked last line already shows its value beside the `//=>`; printing it again adds nothing.
                if let expectation {
                    check(expectation, value: value)
                    return
                }
                if case .void = value { return }
                outputs.append(.value(Display.repr(value)))
                try reportPendingError()
                return
            }
            let code = try compiler.compile(statement)
            // The parser only accepts `break`, `continue` and `return` where they have somewhere to go.
            _ = try code(frame)
            try reportPendingError()
        }
    }

    /// Throws the error a display kept (see `pendingError`).
    private func reportPendingError() throws {
        guard let error = pendingError else { return }
        pendingError = nil
        throw error
    }

    /// Compiles a cell's statements as `run` would, without running any of them.
    func compile(_ statements: [Stmt]) throws {
        var compiler = Compiler(interpreter: self)
        compiler.beginCell(statements)
        try compileStructures(statements, &compiler)
        for (_, statement) in Self.functionsFirst(statements) { _ = try compiler.compile(statement) }
    }

    /// Compiles the members of the cell's structs before anything else, so code anywhere in the cell may use
    /// them; each declaration's static properties are stored where it stands.
    private func compileStructures(_ statements: [Stmt], _ compiler: inout Compiler) throws {
        for case .structure(let decl) in statements { try compiler.compileStructure(decl) }
    }

    /// The cell's top-level `func` declarations, then its other statements, each with its place in the cell. As
    /// in a Swift file's top-level code, a function may be called above its declaration: declaring one only makes
    /// its value, which runs nothing.
    static func functionsFirst(_ statements: [Stmt]) -> [(offset: Int, element: Stmt)] {
        let numbered = Array(statements.enumerated())
        let isFunction = { (pair: (offset: Int, element: Stmt)) -> Bool in
            if case .function = pair.element { true } else { false }
        }
        return numbered.filter(isFunction) + numbered.filter { !isFunction($0) }
    }

    /// Counts one unit of work — a loop iteration or a call — and stops runaway code.
    @inline(__always)
    func tick(_ position: Position) throws {
        steps += 1
        if steps & 0xFFF == 0 { try checkClock(position) }
        if steps > limits.stepBudget {
            throw LanguageError(
                message: "step budget of \(limits.stepBudget) exceeded; the code may loop forever "
                    + "(raise the limit with the `steps` cell option or --step-budget)",
                position: position)
        }
    }

    /// Stops the cell once its time is up, or once the process holds more memory than allowed (looked at every
    /// 50 ms). `tick` asks every few thousand steps; a builtin or tensor operation, whose one step may take a
    /// second or allocate a large tensor, asks after every call, so a loop of heavy steps stops on time too.
    func checkClock(_ position: Position) throws {
        if hasPendingError { try reportPendingError() }
        let now = Interpreter.now()
        if let deadline, now > deadline {
            throw LanguageError(
                message: "time limit of \(Display.float(limits.timeout ?? 0)) s exceeded "
                    + "(raise it with the `timeout` cell option or --timeout)",
                position: position)
        }
        guard let limit = limits.memory, now >= nextMemoryCheck else { return }
        nextMemoryCheck = now + 50_000_000
        if let excess = ResidentMemory.excess(over: limit) {
            throw LanguageError(message: excess, position: position)
        }
    }

    /// The monotonic clock in nanoseconds, at the kernel's coarse resolution (a few milliseconds) on Linux: that
    /// reads a value the kernel keeps instead of the time-stamp counter, and `checkClock` runs after every tensor
    /// operation, where the precise clock cost 5–8 % of evaluating small tensor expressions.
    /// How far `now()` may lag behind the time: a deadline this much later is never reached early.
    static let clockResolution: UInt64 = {
        #if os(Linux)
        var resolution = timespec()
        clock_getres(CLOCK_MONOTONIC_COARSE, &resolution)
        return UInt64(resolution.tv_sec) &* 1_000_000_000 &+ UInt64(resolution.tv_nsec)
        #else
        return 0
        #endif
    }()

    @inline(__always)
    static func now() -> UInt64 {
        #if os(Linux)
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
        #else
        return DispatchTime.now().uptimeNanoseconds
        #endif
    }

    /// Appends printed text, merging consecutive prints into one output. The text so far is taken out of the
    /// outputs while it grows, so its storage stays uniquely referenced and grows in place: copying it on every
    /// `print` made a loop of prints quadratic (20 000 prints copied 1.2 GB).
    func write(_ text: String) {
        guard case .text? = outputs.last, case .text(var previous) = outputs.removeLast() else {
            outputs.append(.text(text))
            return
        }
        previous += text
        outputs.append(.text(previous))
    }

    func flushFigure() {
        guard let figure = currentFigure else { return }
        outputs.append(.figure(figure))
        currentFigure = nil
    }

    func location(_ position: Position) -> SourceLocation {
        SourceLocation(file: origin.file, line: origin.line + position.line - 1, column: origin.column + position.column - 1)
    }
}

