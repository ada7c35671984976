/// A local `func`, or a closure in a local `let`, that its block only ever calls (`Stmt.usesOnlyAsCallee`), as a
/// recursive helper inside a function is. Its calls reach it here, with the frame it was declared in as the frame
/// it captures, so its slot holds no function value: one would capture that frame, and the frame holding it would
/// be a cycle that is never freed (a call of the enclosing function leaked its whole frame, arrays included). The
/// slot holds `declared` once the declaration has run, so a call before it is still the error it was.
final class LocalFunction {
    /// Set when the declaration is compiled, before any code of its cell runs; calls inside its own body are
    /// compiled before it.
    var compiled: CompiledFunction? {
        didSet { borrowed = compiled.map { .passUnretained($0) } }
    }
    /// `compiled`, for calls to borrow without retaining it; `compiled` keeps it alive.
    private(set) var borrowed: Unmanaged<CompiledFunction>?
    /// What the slot holds once the declaration has run; captures no frame, and is never called as a value.
    let declared: FunctionValue

    init(name: String) {
        declared = FunctionValue(name: name, body: .native { _, _, position in
            throw LanguageError(message: "`\(name)` is only called directly", position: position)
        })
    }
}

/// A compiled call of a `LocalFunction`: the frame `depth` levels up holds its slot and is the frame it captures.
final class LocalFunctionCall {
    let interpreter: Interpreter
    let function: LocalFunction
    let depth: Int
    let index: Int
    let site: CallSite
    let values: [ExprCode]
    let writer: (_ caller: Frame, _ callee: Frame) throws -> Void
    let name: String
    let namePosition: Position

    init(
        interpreter: Interpreter, function: LocalFunction, depth: Int, index: Int, site: CallSite, values: [ExprCode],
        writer: @escaping (_ caller: Frame, _ callee: Frame) throws -> Void, name: String, namePosition: Position
    ) {
        self.interpreter = interpreter
        self.function = function
        self.depth = depth
        self.index = index
        self.site = site
        self.values = values
        self.writer = writer
        self.name = name
        self.namePosition = namePosition
    }

    /// Borrows the declaring frame and the compiled function rather than retaining them: both outlive the call,
    /// as the frame holds the slot that marks the function declared and the function is kept by `function`.
    func run(_ frame: Frame) throws -> RuntimeValue {
        let home = frame.unmanagedAncestor(depth)
        guard home._withUnsafeGuaranteedRef({ $0.slots[index].isFunction }), let compiled = function.borrowed else {
            throw LanguageError(
                message: "`\(name)` is called before its `func` declaration has run; declare it above this call",
                position: namePosition, length: name.count)
        }
        return try compiled._withUnsafeGuaranteedRef { compiled in
            try interpreter.call(compiled, home, arguments: values, writer: writer, from: frame, site)
        }
    }
}
