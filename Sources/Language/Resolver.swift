/// Where a variable lives at run time, decided once at compile time.
enum Slot {
    /// A slot in the frame `depth` levels up from the current one.
    case local(depth: Int, index: Int)
    case global(Int)
}

/// What a name refers to.
enum Resolution {
    case variable(Slot)
    case builtin(Builtin)
}

/// Lexical addressing, as in the resolver chapter of Crafting Interpreters: the compiler declares names as it
/// walks the tree and asks where each use lives, so every name becomes a slot before the code runs, and an
/// unknown name or an assignment to a constant is reported before anything runs.
struct Resolver {
    /// A compile-time variable of a block.
    struct Variable {
        /// Its slot in its frame, or in the globals for a local of a cell's top-level block.
        var index: Int
        var isGlobal: Bool
        var isConstant: Bool
        var function: FunctionDecl?
    }

    /// The names of one frame under construction, block by block; `size` is the slots it needs.
    private struct FrameScope {
        var blocks: [[String: Variable]] = [[:]]
        var size = 0
        /// Whether code compiled in this frame, or in a closure inside it, reads a local of an enclosing frame.
        /// A class, as name lookups that find such a local do not otherwise change the resolver.
        let reachesOut = Flag()
        /// The slots of this frame that code of an inner frame (a closure or a local function) reads or assigns.
        let captured = SlotSet()
    }

    /// A mark set once.
    private final class Flag {
        var isSet = false
    }

    /// Slot indices, collected as names are resolved (a class for the reason `reachesOut` is).
    private final class SlotSet {
        var indices: Set<Int> = []
    }

    /// How big a closed frame is, and whether its code reaches through its parent link.
    struct FrameFacts {
        let size: Int
        /// False when nothing in the frame reads an enclosing frame's local, so a call need not link its frame
        /// to the one its function captured.
        let needsParent: Bool
        /// The slots no inner frame reads or assigns. Once the frame's own code is done, they can be emptied even
        /// while closures keep the frame: a closure stored in a local of the frame that made it is a reference
        /// cycle, frame to closure to frame, that would otherwise never be freed.
        let uncaptured: [Int]
    }

    let globals: Globals
    private var frames = [FrameScope()]
    /// Globals whose slot is at least this are new in this cell; with `declaredHere`, the globals top-level code
    /// may use: it may not use one before its declaration, though function bodies may.
    private let firstNewSlot: Int
    /// The globals this cell's top-level code has declared so far.
    private var declaredHere: Set<String> = []

    init(globals: Globals) {
        self.globals = globals
        firstNewSlot = globals.count
    }

    /// Whether top-level code may use the global `name` here: it comes from an earlier cell or is declared above.
    private func isVisible(_ name: String, _ entry: Globals.Entry) -> Bool {
        entry.index < firstNewSlot || declaredHere.contains(name)
    }

    /// True in the cell's top-level block, whose declarations are globals.
    var atGlobalLevel: Bool { frames.count == 1 && frames[0].blocks.count == 1 }
    /// True outside every function and closure, where code runs in the order it is written.
    private var inTopLevelCode: Bool { frames.count == 1 }

    /// Reserves global slots for the names a cell declares at its top level, so the functions of a cell may
    /// call each other whatever their order.
    mutating func hoist(_ statements: [Stmt]) {
        globals.register(statements.compactMap { if case .structure(let decl) = $0 { decl } else { nil } })
        for statement in statements {
            switch statement {
            case .structure(let decl) where globals.types[decl.name]?.declaration === decl:
                // A type's static members are globals named `Type.member`, which no lesson can spell.
                for method in decl.staticMethods where globals["\(decl.name).\(method.name)"] == nil {
                    globals.declare("\(decl.name).\(method.name)", isConstant: true, function: method)
                }
                for property in decl.staticProperties where globals["\(decl.name).\(property.name)"] == nil {
                    globals.declare("\(decl.name).\(property.name)", isConstant: property.isConstant, function: nil)
                }
            case .function(let decl):
                globals.declare(decl.name, isConstant: true, function: decl)
            case .declaration(let isConstant, let pattern, _, _, _):
                for name in pattern.names where globals[name] == nil {
                    globals.declare(name, isConstant: isConstant, function: nil)
                }
            default: continue
            }
        }
    }

    /// Declares `name` in the innermost block; at the cell's top level it is a global.
    /// With `shadowing`, a name already declared in the block is declared again in a new slot, as `guard let x = x`
    /// does with a parameter `x`: code compiled before keeps the old slot.
    mutating func declare(
        _ name: String, isConstant: Bool, function: FunctionDecl? = nil, shadowing: Bool = false, at position: Position
    ) throws -> Slot {
        if atGlobalLevel {
            declaredHere.insert(name)
            return .global(globals.declare(name, isConstant: isConstant, function: function))
        }
        let last = frames.count - 1
        if !shadowing, frames[last].blocks[frames[last].blocks.count - 1][name] != nil {
            throw LanguageError(message: "`\(name)` is already declared in this scope", position: position, length: name.count)
        }
        // Top-level code runs once, outside any call, so its blocks' locals need no frame.
        let isGlobal = inTopLevelCode
        let index = isGlobal ? globals.addSlot() : frames[last].size
        if !isGlobal { frames[last].size += 1 }
        frames[last].blocks[frames[last].blocks.count - 1][name] = Variable(
            index: index, isGlobal: isGlobal, isConstant: isConstant, function: function)
        return isGlobal ? .global(index) : .local(depth: 0, index: index)
    }

    /// Where `name` lives, or an "unknown name" error with the nearest visible name.
    func resolve(_ name: String, at position: Position) throws -> Resolution {
        if let (slot, _) = local(name) { return .variable(slot) }
        if let entry = visibleGlobal(name) { return .variable(.global(entry.index)) }
        if let builtin = Builtins.table[name] { return .builtin(builtin) }
        throw unknownName(name, at: position)
    }

    /// The `func` declaration `name` refers to, when it is statically known, for checking calls.
    func function(named name: String) -> FunctionDecl? {
        if let (_, variable) = local(name) { return variable.function }
        return visibleGlobal(name)?.function
    }

    /// Where an assignment to `name` stores, or why it may not.
    func assignable(_ name: String, at position: Position) throws -> Slot {
        let found: (slot: Slot, isConstant: Bool, isFunction: Bool)
        if let (slot, variable) = local(name) {
            found = (slot, variable.isConstant, variable.function != nil)
        } else if let entry = visibleGlobal(name) {
            found = (.global(entry.index), entry.isConstant, entry.function != nil)
        } else if Builtins.table[name] != nil {
            throw LanguageError(
                message: "cannot assign to `\(name)`: it is a builtin function", position: position, length: name.count)
        } else {
            throw unknownName(name, at: position)
        }
        if found.isConstant, name == "self" {
            throw LanguageError(
                message: "cannot change `self` or its properties in a method that is not `mutating`: declare it "
                    + "`mutating func`", position: position, length: name.count)
        }
        if found.isConstant {
            throw LanguageError(
                message: "cannot assign to `\(name)`: it is \(found.isFunction ? "a function" : "a `let` constant"); "
                    + "declare it with `var`",
                position: position, length: name.count)
        }
        return found.slot
    }

    /// Swift's `Set`, which swift-nn does not have: what to use instead.
    static func missingSet(at position: Position) -> LanguageError {
        LanguageError(
            message: "swift-nn has no `Set` yet: use an array (`contains`, `filter`) or a dictionary's keys",
            position: position, length: 3)
    }

    private func unknownName(_ name: String, at position: Position) -> LanguageError {
        if name == "Set", local(name) == nil, globals[name] == nil { return Self.missingSet(at: position) }
        if globals.types[name] != nil {
            return LanguageError(
                message: "`\(name)` is a struct type, not a value: make a value with `\(name)(…)`", position: position,
                length: name.count)
        }
        if inTopLevelCode, let entry = globals[name], !isVisible(name, entry) {
            return LanguageError(
                message: "`\(name)` is used before its declaration further down the cell", position: position,
                length: name.count)
        }
        if Suggestion.pythonModules.contains(name) {
            return LanguageError(
                message: "unknown name `\(name)`: numpy's, math's and matplotlib's functions are swift-nn builtins "
                    + "without a module, so drop `\(name).` (`np.dot(a, b)` is `dot(a, b)`)",
                position: position, length: name.count)
        }
        return LanguageError(
            message: "unknown name `\(name)`", position: position, length: name.count,
            suggestion: Suggestion.equivalents[name]
                ?? Suggestion.nearest(to: name, in: visibleNames + Array(Builtins.table.keys)))
    }

    /// Whether `name` is a variable here, which hides a struct type of the same name.
    func isVariable(_ name: String) -> Bool {
        local(name) != nil || visibleGlobal(name) != nil
    }

    private func visibleGlobal(_ name: String) -> Globals.Entry? {
        guard let entry = globals[name], !inTopLevelCode || isVisible(name, entry) else { return nil }
        return entry
    }

    private func local(_ name: String) -> (slot: Slot, variable: Variable)? {
        for (depth, frame) in frames.reversed().enumerated() {
            // The cell's outermost block holds named globals, which live in `Globals`.
            let blocks = depth == frames.count - 1 ? frame.blocks.dropFirst() : frame.blocks[...]
            for block in blocks.reversed() {
                guard let variable = block[name] else { continue }
                // The frames between the use and the declaration reach through their parent links.
                if !variable.isGlobal {
                    for inner in frames.suffix(depth) { inner.reachesOut.isSet = true }
                    if depth > 0 { frame.captured.indices.insert(variable.index) }
                }
                return (variable.isGlobal ? .global(variable.index) : .local(depth: depth, index: variable.index), variable)
            }
        }
        return nil
    }

    private var visibleNames: [String] {
        frames.flatMap { $0.blocks.flatMap(\.keys) }
            + globals.entries.filter { !inTopLevelCode || isVisible($0.key, $0.value) }.map(\.key)
    }

    /// Opens a block of names in the current frame; `endBlock` closes it.
    mutating func beginBlock() {
        frames[frames.count - 1].blocks.append([:])
    }

    mutating func endBlock() {
        frames[frames.count - 1].blocks.removeLast()
    }

    /// Opens a new frame (a function, or a loop body whose iterations each need their own variables);
    /// `endFrame` closes it and says how many slots it needs.
    mutating func beginFrame() {
        frames.append(FrameScope())
    }

    mutating func endFrame() -> FrameFacts {
        let frame = frames.removeLast()
        let captured = frame.captured.indices
        return FrameFacts(
            size: frame.size, needsParent: frame.reachesOut.isSet,
            uncaptured: (0..<frame.size).filter { !captured.contains($0) })
    }

    /// Declares a block's `func` names before its statements, so local functions may call each other.
    mutating func hoistFunctions(_ statements: [Stmt]) throws -> [ObjectIdentifier: Slot] {
        guard !atGlobalLevel else { return [:] }
        var slots: [ObjectIdentifier: Slot] = [:]
        for case .function(let decl) in statements {
            slots[ObjectIdentifier(decl)] = try declare(decl.name, isConstant: true, function: decl, at: decl.position)
        }
        return slots
    }
}

extension Pattern {
    /// The names the pattern binds, in order.
    var names: [String] {
        switch self {
        case .name(let name, _): [name]
        case .wildcard: []
        case .tuple(let patterns, _): patterns.flatMap(\.names)
        }
    }
}
