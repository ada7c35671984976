/// A user `func` or closure after compilation: its parameters, its compiled body, and the size of the frame
/// each call makes. Shared by every function value made from the same declaration.
final class CompiledFunction {
    let declaration: FunctionDecl
    /// Default values, compiled in the scope around the declaration and run in the frame the function captured.
    let defaults: [CompiledExpr?]
    let frameSize: Int
    let body: CompiledExpr

    init(declaration: FunctionDecl, defaults: [CompiledExpr?], frameSize: Int, body: @escaping CompiledExpr) {
        self.declaration = declaration
        self.defaults = defaults
        self.frameSize = frameSize
        self.body = body
    }

    var name: String { declaration.name }
    var parameters: [Parameter] { declaration.parameters }
}
