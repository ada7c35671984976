/// A method call site's fixed facts — the method's name, argument labels and positions — and the registry method
/// it found for the last receiver type, with its arguments bound to parameters. A call in a loop then skips the
/// two registry lookups by name and the label matching, which made `xs.append(x)` cost about half a microsecond.
final class MethodSite {
    let name: String
    let labels: [String?]
    let positions: [Position]
    let position: Position
    /// The receiver type last looked up, and what it found: nil when that type has no registry method of this
    /// name (a tensor's `reshape`), which is remembered too, since the two dictionary lookups by name cost more than
    /// the rest of a small method call.
    private var cachedType: String?
    private var cached: (method: Builtin, binding: BuiltinBinding)?

    init(name: String, labels: [String?], positions: [Position], position: Position) {
        self.name = name
        self.labels = labels
        self.positions = positions
        self.position = position
    }

    /// The registry's method of `receiver`'s own type and this site's binding for it; nil for engine objects, for
    /// receivers that borrow the array methods (ranges, tensors), which take the general path, and when the method
    /// is not mutating but `mutating` asks for one. A site is either mutating or not, so the cache holds one kind.
    func method(for receiver: RuntimeValue, mutating: Bool = false) throws -> (Builtin, BuiltinBinding)? {
        if case .object = receiver { return nil }
        let type = receiver.typeName
        if type == cachedType { return cached }
        guard let method = Builtins.methods[type]?[name], method.isMutating || !mutating else {
            (cachedType, cached) = (type, nil)
            return nil
        }
        let binding = try method.bind(labels: labels, positions: positions, at: position)
        (cachedType, cached) = (type, (method, binding))
        return (method, binding)
    }
}
