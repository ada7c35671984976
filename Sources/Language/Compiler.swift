/// Compiled code: an expression becomes a closure from the current frame to its value ("closure compilation":
/// each node is compiled once into a Swift closure that captures its already compiled children and the slots
/// the resolver gave its names, so running it does no lookups and no matching on the tree).
typealias CompiledExpr = (Frame) throws -> RuntimeValue
/// A compiled condition, which yields a Swift Bool without making a `RuntimeValue`.
typealias CompiledCondition = (Frame) throws -> Bool
/// A compiled statement, which says how it finished.
typealias CompiledStmt = (Frame) throws -> Flow

/// A compiled expression kept in an array. An array holds a bare closure in its most general form, and calling
/// it from there goes through a conversion thunk; as a struct's field the closure keeps its own form.
struct ExprCode {
    let run: CompiledExpr
}

/// A compiled statement kept in an array (see `ExprCode`).
struct StmtCode {
    let run: CompiledStmt
}

/// How a statement finished.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(RuntimeValue)
}

/// Turns parsed code into closures, resolving every name on the way (see `Resolver`). A cell's top-level
/// statements are compiled one at a time, each just before it runs, as a notebook runs a cell: a statement with
/// an unknown name fails before any of it runs, and the statements above it have run.
struct Compiler {
    let interpreter: Interpreter
    var resolver: Resolver
    /// The slots `Resolver.hoistFunctions` gave local functions, by declaration.
    var hoistedFunctions: [ObjectIdentifier: Slot] = [:]
    /// The local functions their blocks only call, by declaration (see `LocalFunction`).
    var localFunctions: [ObjectIdentifier: LocalFunction] = [:]
    /// True while a struct's `init` compiles, whose assignments through `self` may set `let` properties.
    var compilingInitializer = false

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
        resolver = Resolver(globals: interpreter.globals)
    }

    /// Compiles expressions in order, for an array.
    mutating func compileAll(_ exprs: [Expr]) throws -> [ExprCode] {
        try exprs.map { ExprCode(run: try compile($0)) }
    }

    /// Compiles an optional expression; a missing one is `.void`.
    mutating func compile(_ expr: Expr?) throws -> CompiledExpr {
        guard let expr else { return constant(.void) }
        return try compile(expr)
    }

    /// Reserves the globals a cell declares at its top level before its statements are compiled one by one.
    mutating func beginCell(_ statements: [Stmt]) {
        resolver.hoist(statements)
    }
}
