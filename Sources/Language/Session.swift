import Foundation

/// A lesson's interpreter state: cells run one after another and see what earlier cells defined,
/// as in a notebook kernel. An error ends only the cell that raised it.
public final class Session {
    let interpreter: Interpreter

    /// Deep recursion in lesson code must end in a recursion-limit error, never in a native stack overflow,
    /// so cells run on a thread whose stack is far larger than the deepest allowed recursion needs: 1 GiB for
    /// `Limits.recursionCeiling` levels, or less when the process's address space is limited, and then the
    /// recursion limit shrinks with it.
    static let stackSize = NativeThread.stackSize(preferred: 1 << 30)
    /// Native stack one level of lesson recursion may take.
    static let bytesPerLevel = (1 << 30) / Limits.recursionCeiling

    public var limits: Limits {
        get { interpreter.limits }
        set { interpreter.limits = newValue }
    }

    /// A lesson's `tolerance`: the bound for `//=>` numbers that do not state one with `±`.
    public var tolerance: Double? {
        get { interpreter.tolerance }
        set { interpreter.tolerance = newValue }
    }

    public init(limits: Limits = Limits()) {
        interpreter = Interpreter(limits: limits)
        for (name, value) in Builtins.constants.sorted(by: { $0.key < $1.key }) {
            let index = interpreter.globals.declare(name, isConstant: false, function: nil)
            interpreter.globals.slots[index] = .double(value)
            interpreter.globals.defined[index] = true
        }
    }

    /// The thread cells run on, from the first cell to the end of the session.
    private var thread: CellThread?

    deinit {
        thread?.stop()
        interpreter.globals.clear()
    }

    /// Runs one cell. `origin` says where the cell's first line sits in the lesson file.
    public func run(_ source: String, origin: SourceOrigin) -> CellResult {
        perform(CellJob(interpreter: interpreter, source: source, origin: origin, runs: true))
    }

    /// Lexes, parses and compiles one cell, resolving its names, without running any of it: what fails here
    /// fails before a run would start. The fuzzer's `parse` target uses it to reach the front end thousands of
    /// times a second.
    package func compile(_ source: String, origin: SourceOrigin) -> CellResult {
        perform(CellJob(interpreter: interpreter, source: source, origin: origin, runs: false))
    }

    private func perform(_ job: CellJob) -> CellResult {
        if thread == nil {
            do {
                thread = try CellThread()
            } catch {
                let origin = job.origin
                let message = "the cell cannot run: \(error) (the process's memory limit leaves no room for its stack)"
                return CellResult(diagnostics: [Diagnostic(
                    severity: .error, message: message,
                    location: SourceLocation(file: origin.file, line: origin.line, column: origin.column), sourceLine: "")])
            }
        }
        thread?.run(job)
        return job.result
    }
}

/// The big-stack thread of a session's cells, started with the first cell and kept until the session ends: a
/// thread per cell cost about 0.1 ms of creating, mapping and unmapping a 1 GiB stack and faulting its pages in
/// again, which a lesson of many short cells paid on each. The caller waits while a cell runs, so the session's
/// state is never touched by two threads at once.
private final class CellThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var job: CellJob?
    private var running = false
    private var stopping = false
    private var native: NativeThread?

    init() throws(NativeThread.StartError) {
        native = try NativeThread.start(stackSize: Session.stackSize, minimumStackSize: 8 << 20) { [self] stackSize in
            serve(stackLevels: stackSize / Session.bytesPerLevel)
        }
    }

    /// Runs `job` on the thread and waits for it to end.
    func run(_ job: CellJob) {
        condition.lock()
        self.job = job
        running = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    /// Ends the thread once it is idle, and waits for it.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        native?.join()
    }

    private func serve(stackLevels: Int) {
        condition.lock()
        while true {
            while job == nil && !stopping { condition.wait() }
            guard let next = job else { break }
            condition.unlock()
            next.execute(stackLevels: stackLevels)
            condition.lock()
            job = nil
            running = false
            condition.broadcast()
        }
        condition.unlock()
    }
}

/// One cell's run, handed to the big-stack thread; the caller waits, so nothing is shared concurrently.
private final class CellJob: @unchecked Sendable {
    let interpreter: Interpreter
    let source: String
    let origin: SourceOrigin
    /// False to stop after compiling.
    let runs: Bool
    var result = CellResult()

    init(interpreter: Interpreter, source: String, origin: SourceOrigin, runs: Bool) {
        self.interpreter = interpreter
        self.source = source
        self.origin = origin
        self.runs = runs
    }

    func execute(stackLevels: Int) {
        interpreter.limits.stackLevels = stackLevels
        interpreter.beginCell(source: source, origin: origin)
        var diagnostics: [Diagnostic] = []
        interpreter.globals.beginCell()
        defer { interpreter.globals.forgetUndefined() }
        do {
            let statements = try Parser.parse(source)
            if runs { try interpreter.run(statements) } else { try interpreter.compile(statements) }
        } catch let error as LanguageError {
            interpreter.flushFigure()
            diagnostics.append(diagnostic(for: error))
        } catch {
            diagnostics.append(diagnostic(for: LanguageError(message: "\(error)", position: Position(line: 1, column: 1))))
        }
        result = CellResult(outputs: interpreter.outputs, diagnostics: diagnostics, expectations: interpreter.expectations)
    }

    private func diagnostic(for error: LanguageError) -> Diagnostic {
        let lines = interpreter.sourceLines
        let index = error.position.line - 1
        let line = index >= 0 && index < lines.count ? lines[index] : ""
        // Cell lines lost the fence's indentation; put it back so the caret lines up with the lesson column.
        let indent = String(repeating: " ", count: max(0, origin.column - 1))
        return Diagnostic(
            severity: .error, message: error.message, location: interpreter.location(error.position),
            sourceLine: line.isEmpty ? "" : indent + line, length: error.length, suggestion: error.suggestion)
    }
}
