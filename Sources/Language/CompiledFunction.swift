/// A user `func` or closure after compilation: its parameters, its compiled body, and the size of the frame
/// each call makes. Shared by every function value made from the same declaration.
final class CompiledFunction {
    let declaration: FunctionDecl
    /// Default values, compiled in the scope around the declaration and run in the frame the function captured.
    let defaults: [ExprCode?]
    let frameSize: Int
    let body: CompiledExpr
    /// True when no parameter has a label, so positional arguments, one per parameter, bind in order.
    let isPositional: Bool

    init(declaration: FunctionDecl, defaults: [ExprCode?], frameSize: Int, body: @escaping CompiledExpr) {
        self.declaration = declaration
        self.defaults = defaults
        self.frameSize = frameSize
        self.body = body
        isPositional = declaration.parameters.allSatisfy { $0.label == nil }
    }

    var name: String { declaration.name }
    var parameters: [Parameter] { declaration.parameters }
}
