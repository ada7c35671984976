/// An engine object exposed to swift-nn with its own properties and methods (`RandomState`, `MLP`, optimizers).
/// Objects are references, as class instances are in Swift: copying a variable shares the object.
protocol NativeObject: AnyObject {
    /// The type name users see in displays and errors.
    var typeName: String { get }
    /// Property and method names, for "did you mean" suggestions.
    var memberNames: [String] { get }
    /// How the object displays as a cell's value.
    var display: String { get }
    func property(_ name: String, at position: Position) throws -> RuntimeValue?
    func method(_ name: String, _ args: [CallArgument], _ interpreter: Interpreter, at position: Position) throws
        -> RuntimeValue?
}

extension NativeObject {
    var display: String { "<\(typeName)>" }
}
