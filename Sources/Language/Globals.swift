/// A lesson's global variables: one slot per name, shared by every cell of a `Session`, so code compiled in one
/// cell reads a global that a later cell changes. The locals of a cell's top-level blocks (loop bodies, `if`
/// branches) take unnamed slots here too, since top-level code runs once, outside any call.
final class Globals {
    /// What the resolver knows about a global name.
    struct Entry {
        var index: Int
        var isConstant: Bool
        /// The declaration when the name was declared by `func`, so calls can be checked at compile time.
        var function: FunctionDecl?
    }

    /// The slots, grown as cells declare names; compiled code reads `slots` afresh each time, as growing moves them.
    @exclusivity(unchecked) private(set) var slots = UnsafeMutablePointer<RuntimeValue>.allocate(capacity: 64)
    private(set) var count = 0
    private var capacity = 64
    private(set) var entries: [String: Entry] = [:]
    /// Whether a slot's declaration has run; a cell that fails before declaring a name leaves it undeclared.
    @exclusivity(unchecked) var defined: [Bool] = []
    /// Names the running cell declared that no earlier cell had.
    private var newNames: [String] = []
    /// The lesson's `struct` types by name, registered when their cell starts (see `StructType`).
    private(set) var types: [String: StructType] = [:]

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

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
        let index = addSlot()
        entries[name] = Entry(index: index, isConstant: isConstant, function: function)
        newNames.append(name)
        return index
    }

    /// A new slot with no name, for a local of a cell's top-level block.
    func addSlot() -> Int {
        if count == capacity {
            capacity *= 2
            let larger = UnsafeMutablePointer<RuntimeValue>.allocate(capacity: capacity)
            larger.moveInitialize(from: slots, count: count)
            slots.deallocate()
            slots = larger
        }
        (slots + count).initialize(to: .void)
        defined.append(false)
        count += 1
        return count - 1
    }

    /// Empties every slot: compiled functions stored in globals hold the interpreter, and this breaks that cycle.
    func clear() {
        for i in 0..<count { slots[i] = .void }
        // A type's compiled members hold closures that hold the type (a method that makes a value of it).
        for type in types.values { type.release() }
        types = [:]
    }

    /// Registers the cell's `struct` types, so code anywhere in it may name them. A type of an earlier cell is
    /// replaced, as a `func` redeclared in a later cell is (its values keep their own type); within the cell, the
    /// first declaration of a name holds, and one that repeats it is an error when it compiles.
    func register(_ declarations: [StructDecl]) {
        var registered: Set<String> = []
        for declaration in declarations where registered.insert(declaration.name).inserted {
            types[declaration.name] = StructType(declaration)
        }
    }

    /// Marks the start of a cell, for `forgetUndefined`.
    func beginCell() {
        newNames.removeAll(keepingCapacity: true)
    }

    /// Forgets names the cell declared that never got a value, because the cell stopped before their
    /// declaration ran; later cells then report them as unknown.
    func forgetUndefined() {
        for name in newNames where entries[name].map({ !defined[$0.index] }) ?? false {
            entries[name] = nil
        }
        types = types.filter(\.value.isCompiled)
        newNames.removeAll(keepingCapacity: true)
    }

    /// Every defined global with its value, in declaration order.
    var namedValues: [(name: String, value: RuntimeValue)] {
        entries.filter { defined[$0.value.index] }.sorted { $0.value.index < $1.value.index }
            .map { ($0.key, slots[$0.value.index]) }
    }
}
