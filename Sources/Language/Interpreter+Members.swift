/// Properties and methods of arrays, strings, tuples, ranges and autodiff values.
extension Interpreter {
    /// Array methods that change the array, so their receiver must be a variable.
    static let mutatingMethods: Set<String> = ["append", "removeLast", "insert", "remove"]

    func member(_ base: RuntimeValue, _ name: String, at position: Position) throws -> RuntimeValue {
        switch (base, name) {
        case (.array(let items), "count"): return .int(items.count)
        case (.array(let items), "isEmpty"): return .bool(items.isEmpty)
        case (.array(let items), "first"), (.array(let items), "last"):
            guard let item = name == "first" ? items.first : items.last else {
                throw LanguageError(message: "`\(name)` of an empty array", position: position)
            }
            return item
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.tuple(let items), _) where Int(name) != nil:
            return items[try index(.int(Int(name)!), count: items.count, at: position)]
        case (.range(let lo, _, _), "lowerBound"): return lo
        case (.range(_, let hi, _), "upperBound"): return hi
        case (.range(.int(let lo), .int(let hi), let closed), "count"):
            guard let count = TensorConversion.count(lo, hi, closed: closed) else {
                throw LanguageError(message: "the range \(Display.repr(base)) has more elements than an Int can count",
                                    position: position)
            }
            return .int(count)
        case (.range, "count"):
            return .int(try elements(of: base, at: position).count)
        case (.tensor(let t), _):
            if let value = try tensorProperty(t, name, at: position) { return value }
            if ["first", "last", "isEmpty"].contains(name), t.rank > 0 {
                return try member(.array(try TensorOperators.engine(position) { try TensorConversion.elements(t) }), name, at: position)
            }
            throw LanguageError(
                message: "Tensor has no property `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: Interpreter.tensorMembers))
        case (.autodiff(let v), "data"): return .double(v.data)
        case (.autodiff(let v), "grad"): return .double(v.grad)
        case (.object(let o), _):
            if let value = try o.property(name, at: position) { return value }
            throw LanguageError(
                message: "\(o.typeName) has no property `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: o.memberNames))
        default:
            throw LanguageError(
                message: "\(base.typeName) has no member `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: Interpreter.memberNames(of: base)))
        }
    }

    func callMethod(on base: RuntimeValue, _ name: String, _ values: [CallArgument], at position: Position) throws
        -> RuntimeValue
    {
        if case .range = base, name != "contains" {
            return try method(.array(try elements(of: base, at: position)), name, values, at: position)
        }
        let result: RuntimeValue
        if case .tensor(let t) = base, let value = try tensorMethod(t, name, values, at: position) {
            result = value
        } else if case .tensor = base {
            result = try method(.array(try elements(of: base, at: position)), name, values, at: position)
        } else {
            result = try method(base, name, values, at: position)
        }
        if Interpreter.isBulk(base) { try checkClock(position) }
        return result
    }

    /// An array method that changes the array in place. The array is moved out of `base` while it changes, so
    /// its storage stays uniquely referenced and appending does not copy it.
    func mutate(_ base: inout RuntimeValue, _ name: String, _ args: [CallArgument], at position: Position) throws
        -> RuntimeValue
    {
        guard case .array(var items) = base else {
            if case .tensor = base {
                throw LanguageError(
                    message: "a tensor has a fixed shape, so it has no `\(name)`; build an array, then use it in arithmetic",
                    position: position)
            }
            throw LanguageError(message: "\(base.typeName) has no method `\(name)`", position: position)
        }
        base = .void
        defer { base = .array(items) }
        switch (name, args.map(\.label)) {
        case ("append", [nil]):
            try Nesting.check(args[0].value, at: position)
            items.append(args[0].value)
            return .void
        case ("append", ["contentsOf"]):
            guard case .array(let more) = args[0].value else {
                throw LanguageError(message: "`append(contentsOf:)` needs an array", position: position)
            }
            guard items.count + more.count <= Capacity.arrayCount else {
                throw LanguageError(message: "an array may hold at most \(Capacity.arrayCount) elements",
                                    position: position)
            }
            try Nesting.check(more, at: position)
            items.append(contentsOf: more)
            return .void
        case ("removeLast", []):
            guard !items.isEmpty else { throw LanguageError(message: "`removeLast` on an empty array", position: position) }
            return items.removeLast()
        case ("insert", [nil, "at"]):
            guard case .int(let i) = args[1].value, i >= 0, i <= items.count else {
                throw LanguageError(message: "`insert(_:at:)` needs an index in 0...\(items.count)", position: position)
            }
            try Nesting.check(args[0].value, at: position)
            items.insert(args[0].value, at: i)
            return .void
        case ("remove", ["at"]):
            return items.remove(at: try index(args[0].value, count: items.count, at: position))
        default:
            throw LanguageError(message: "wrong arguments for `\(name)`; see the swift-nn tour in the README", position: position)
        }
    }

    private func method(_ base: RuntimeValue, _ name: String, _ args: [CallArgument], at position: Position) throws
        -> RuntimeValue
    {
        let labels = args.map(\.label)
        func function(_ i: Int) throws -> FunctionValue {
            guard case .function(let f) = args[i].value else {
                throw LanguageError(message: "`\(name)` needs a function, not \(args[i].value.typeName)", position: args[i].position)
            }
            return f
        }
        switch (base, name, labels) {
        case (.array(let items), "map", [nil]):
            let f = try function(0)
            return .array(try items.map { try callFunction(f, [$0], at: position) })
        case (.array(let items), "filter", [nil]):
            let f = try function(0)
            return .array(try items.filter { item in
                let keep = try callFunction(f, [item], at: position)
                guard case .bool(let b) = keep else {
                    throw LanguageError(message: "`filter` needs a closure that returns a Bool", position: position)
                }
                return b
            })
        case (.array(let items), "reduce", [nil, nil]):
            let f = try function(1)
            return try items.reduce(args[0].value) { try callFunction(f, [$0, $1], at: position) }
        case (.array(let items), "enumerated", []):
            try Nesting.check(items, at: position)
            return .array(items.enumerated().map { .tuple([.int($0.offset), $0.element]) })
        case (.array(let items), "sum", []):
            return try items.reduce(RuntimeValue.int(0)) { try Operators.binary(.arithmetic(.add), $0, $1, at: position) }
        case (.array, "min", []), (.array, "max", []):
            return try Builtins.table[name]!.call([CallArgument(label: nil, value: base, position: position)], self, position)
        case (.array(let items), "sorted", []):
            return .array(try sortedNumbersOrStrings(items, at: position))
        case (.array(let items), "reversed", []):
            return .array(items.reversed())
        case (.array(let items), "contains", [nil]):
            try Nesting.checkSize(base, args[0].value, at: position)
            return .bool(items.contains { Operators.equal($0, args[0].value) })
        case (.range(let lo, let hi, let closed), "contains", [nil]):
            guard let x = args[0].value.number, let a = lo.number, let b = hi.number else { return .bool(false) }
            return .bool(x >= a && (closed ? x <= b : x < b))
        case (.string(let s), "uppercased", []): return .string(s.uppercased())
        case (.string(let s), "lowercased", []): return .string(s.lowercased())
        case (.string(let s), "hasPrefix", [nil]): return .bool(s.hasPrefix(Display.text(args[0].value)))
        case (.string(let s), "hasSuffix", [nil]): return .bool(s.hasSuffix(Display.text(args[0].value)))
        case (.string(let s), "contains", [nil]): return .bool(s.contains(Display.text(args[0].value)))
        case (.autodiff(let v), "backward", []):
            v.backward()
            return .void
        case (.autodiff, _, []) where Interpreter.valueFunctions.contains(name):
            return try Builtins.table[name]!.call([CallArgument(label: nil, value: base, position: position)], self, position)
        case (.function(let f), "callAsFunction", _):
            let site = CallSite(labels: args.map(\.label), positions: args.map(\.position), position: position)
            return try call(.function(f), args.map(\.value), site)
        case (.object(let o), _, _):
            if let value = try o.method(name, args, self, at: position) { return value }
            throw LanguageError(
                message: "\(o.typeName) has no method `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: o.memberNames))
        default:
            let names = Interpreter.memberNames(of: base)
            if names.contains(name) {
                throw LanguageError(message: "wrong arguments for `\(name)` on \(base.typeName)", position: position)
            }
            throw LanguageError(
                message: "\(base.typeName) has no method `\(name)`", position: position, length: name.count,
                suggestion: Suggestion.nearest(to: name, in: names))
        }
    }

    private func sortedNumbersOrStrings(_ items: [RuntimeValue], at position: Position) throws -> [RuntimeValue] {
        if items.allSatisfy({ $0.isNumeric }) {
            // NaN compares false both ways, which would leave the order undefined; numpy sorts it last.
            return items.sorted { a, b in
                let (x, y) = (a.number ?? .nan, b.number ?? .nan)
                return x < y || (!x.isNaN && y.isNaN)
            }
        }
        let strings = try items.map { item -> String in
            guard case .string(let s) = item else {
                throw LanguageError(message: "`sorted` needs all numbers or all strings", position: position)
            }
            return s
        }
        return strings.sorted().map(RuntimeValue.string)
    }

    /// micrograd's Value methods: `x.tanh()` is `tanh(x)`.
    static let valueFunctions = ["tanh", "exp", "log", "sigmoid", "relu", "sqrt", "sin", "cos"]

    static func memberNames(of value: RuntimeValue) -> [String] {
        switch value {
        case .array:
            ["count", "isEmpty", "first", "last", "append", "removeLast", "insert", "remove", "map", "filter", "reduce",
             "enumerated", "sum", "min", "max", "sorted", "reversed", "contains"]
        case .string: ["count", "isEmpty", "uppercased", "lowercased", "hasPrefix", "hasSuffix", "contains"]
        case .range: ["lowerBound", "upperBound", "count", "contains", "map", "filter", "reduce"]
        case .autodiff: ["data", "grad", "backward"] + valueFunctions
        case .tensor: tensorMembers
        default: []
        }
    }
}
