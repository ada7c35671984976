/// A lesson's global variables: one slot per name in a frame shared by every cell of a `Session`, so code
/// compiled in one cell reads a global that a later cell changes.
final class Globals {
    /// What the resolver knows about a global name.
    struct Entry {
        var index: Int
        var isConstant: Bool
        /// The declaration when the name was declared by `func`, so calls can be checked at compile time.
        var function: FunctionDecl?
    }

    let frame = Frame(size: 0, parent: nil)
    private(set) var entries: [String: Entry] = [:]
    /// Whether a slot's declaration has run; a cell that fails before declaring a name leaves it undeclared.
    @exclusivity(unchecked) var defined: [Bool] = []

    subscript(name: String) -> Entry? { entries[name] }

    /// The slot for `name`, made when the name is new; a redeclaration keeps the slot and takes the new kind.
    @discardableResult
    func declare(_ name: String, isConstant: Bool, function: FunctionDecl?) -> Int {
        if var entry = entries[name] {
            entry.isConstant = isConstant
            entry.function = function
            entries[name] = entry
            return entry.index
        }
        let index = frame.slots.count
        frame.slots.append(.void)
        defined.append(false)
        entries[name] = Entry(index: index, isConstant: isConstant, function: function)
        return index
    }

    /// Forgets names a cell declared that never got a value, because the cell stopped before their
    /// declaration ran; later cells then report them as unknown.
    func forgetUndefined(except known: Set<String>) {
        for (name, entry) in entries where !known.contains(name) && !defined[entry.index] {
            entries[name] = nil
        }
    }

    var names: Set<String> { Set(entries.keys) }

    /// Every defined global with its value, in declaration order.
    var namedValues: [(name: String, value: RuntimeValue)] {
        entries.filter { defined[$0.value.index] }.sorted { $0.value.index < $1.value.index }
            .map { ($0.key, frame.slots[$0.value.index]) }
    }
}
