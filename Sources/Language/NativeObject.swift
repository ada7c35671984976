/// An engine object exposed to swift-nn with its own properties (`RandomState`, `MLP`, optimizers); its methods
/// are builtins in `Builtins.methods` under `methodType`, so they are documented like every other method.
/// Objects are references, as class instances are in Swift: copying a variable shares the object.
protocol NativeObject: AnyObject {
    /// The type name users see in displays and errors.
    var typeName: String { get }
    /// The receiver its methods are registered under; the type name unless several types share them (the
    /// optimizers are all `Optimizer`).
    var methodType: String { get }
    /// Property names, for "did you mean" suggestions and the reference (which documents each).
    static var propertyNames: [String] { get }
    /// How the object displays as a cell's value.
    var display: String { get }
    func property(_ name: String, at position: Position) throws -> RuntimeValue?
}

extension NativeObject {
    var display: String { "<\(typeName)>" }
    var methodType: String { typeName }
}

extension RuntimeValue {
    /// The receiver type whose methods in `Builtins.methods` this value has.
    var methodType: String {
        if case .object(let o) = self { return o.methodType }
        return typeName
    }
}

extension Arguments {
    /// The engine object a method was called on; the registry only calls a method on its own receiver type, so a
    /// mismatch is an interpreter bug, reported as an error rather than a crash.
    func receiver<Object: NativeObject>(_ type: Object.Type) throws -> Object {
        guard case .object(let o) = receiver, let object = o as? Object else {
            throw LanguageError(message: "`\(name)` is a method of \(builtin.receiver ?? "an object"), not of \(receiver.typeName)",
                                position: position)
        }
        return object
    }
}
