/// A mistake in how the engine was called — shapes that do not fit, an axis that does not
/// exist — described in numpy's words where numpy has them.
public struct EngineError: Error, Equatable, CustomStringConvertible {
    /// One line, without a trailing period, e.g. "operands could not be broadcast together with shapes (2,) (3,)".
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// A shape as numpy prints it: `(2, 3)`, `(3,)` or `()`.
    static func format(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
