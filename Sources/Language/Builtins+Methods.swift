import Engine

// Methods of arrays, strings, ranges, functions and autodiff Values, declared as builtins with a receiver.
// A range's and a tensor's other methods are the array methods on their elements (see `callMethod`).

extension Builtins {
    static let arrayMethods: [Builtin] = [
        Builtin("map", on: "Array", [.positional("transform")], doc: "The results of `transform` on each element.") {
            args, interpreter, position in
            let f = try args.function("transform")
            return .array(try args.receiverItems.map { try interpreter.callFunction(f, $0, at: position) })
        },
        Builtin("filter", on: "Array", [.positional("isIncluded")], doc: "The elements for which `isIncluded` is true.") {
            args, interpreter, position in
            let f = try args.function("isIncluded")
            return .array(try args.receiverItems.filter { try Builtins.truth(f, $0, interpreter, "filter", at: position) })
        },
        Builtin(
            "reduce", on: "Array", [.positional("initial"), .positional("combine")],
            doc: "Combines the elements from `initial`, left to right, as `combine(sofar, element)`; Swift's "
                + "`reduce(into: initial) { result, element in … }` changes `result` in place instead."
        ) { args, interpreter, position in
            let f = try args.function("combine")
            return try args.receiverItems.reduce(args["initial"]) { try interpreter.callFunction(f, $0, $1, at: position) }
        },
        Builtin(
            "compactMap", on: "Array", [.positional("transform")],
            doc: "The results of `transform` on each element that are not nil, unwrapped."
        ) { args, interpreter, position in
            let f = try args.function("transform")
            return .array(try args.receiverItems.compactMap { item in
                switch try interpreter.callFunction(f, item, at: position) {
                case .optional(nil): nil
                case .optional(let wrapped?): wrapped
                case let plain: plain
                }
            })
        },
        Builtin(
            "flatMap", on: "Array", [.positional("transform")],
            doc: "The elements of the arrays `transform` gives for each element, joined in order."
        ) { args, interpreter, position in
            let f = try args.function("transform")
            var joined: [RuntimeValue] = []
            for item in args.receiverItems {
                guard case .array(let part) = try interpreter.callFunction(f, item, at: position) else {
                    throw LanguageError(message: "`flatMap` needs a closure that returns an array", position: position)
                }
                guard joined.count + part.count <= Capacity.arrayCount else {
                    throw LanguageError(message: "an array may hold at most \(Capacity.arrayCount) elements", position: position)
                }
                joined.append(contentsOf: part)
            }
            return .array(joined)
        },
        Builtin(
            "allSatisfy", on: "Array", [.positional("predicate")], doc: "Whether `predicate` is true for every element."
        ) { args, interpreter, position in
            let f = try args.function("predicate")
            return .bool(try args.receiverItems.allSatisfy { try Builtins.truth(f, $0, interpreter, "allSatisfy", at: position) })
        },
        search("firstIndex", fromEnd: false, takesElement: true, doc: "The index of the first element equal to `of:`, or "
            + "for which `where:` is true; nil when there is none.") { index, _ in .int(index) },
        search("lastIndex", fromEnd: true, takesElement: true, doc: "The index of the last element equal to `of:`, or "
            + "for which `where:` is true; nil when there is none.") { index, _ in .int(index) },
        search("first", fromEnd: false, takesElement: false, doc: "`first(where:)`: the first element for which the "
            + "closure is true, or nil. (`first` alone is the first element.)") { _, item in item },
        search("last", fromEnd: true, takesElement: false, doc: "`last(where:)`: the last element for which the "
            + "closure is true, or nil. (`last` alone is the last element.)") { _, item in item },
        Builtin("count", on: "Array", [.labeled("where")], doc: "`count(where:)`: how many elements the closure is true "
                    + "for. (`count` alone is the number of elements.)") { args, interpreter, position in
            let f = try args.function("where")
            return .int(try args.receiverItems.count { try Builtins.truth(f, $0, interpreter, "count(where:)", at: position) })
        },
        Builtin("enumerated", on: "Array", doc: "(offset, element) pairs; `.offset` and `.element` name their members.") { args, _, position in
            let items = args.receiverItems
            try Nesting.check(items, at: position)
            return .array(items.enumerated().map { .tuple([.int($0.offset), $0.element]) })
        },
        Builtin("sum", on: "Array", doc: "The sum of the elements (0 for none).") { args, _, position in
            try args.receiverItems.reduce(RuntimeValue.int(0)) { try Operators.binary(.arithmetic(.add), $0, $1, at: position) }
        },
        extremum("min", doc: "The smallest element, like `min(xs)`; with `by: { a, b in … }` (true when a goes before b), "
            + "Swift's optional: the first element nothing goes before, nil for no elements.", keepingLater: false),
        extremum("max", doc: "The largest element, like `max(xs)`; with `by: { a, b in … }` (true when a goes before b), "
            + "Swift's optional: the first element that goes before nothing, nil for no elements.", keepingLater: true),
        Builtin(
            "sorted", on: "Array", [.labeled("by", .void)],
            doc: "The numbers or strings in increasing order (NaN last), or ordered by `by: { a, b in … }`, true when a "
                + "goes before b; a dictionary gives its (key, value) pairs, as `d.sorted(by: { $0.value > $1.value })`."
        ) { args, interpreter, position in
            .array(try sorted(args.receiverItems, args, interpreter, at: position))
        },
        Builtin("reversed", on: "Array", doc: "The elements in reverse order.") { args, _, _ in
            .array(args.receiverItems.reversed())
        },
        Builtin(
            "contains", on: "Array",
            [BuiltinParameter(label: nil, name: "element", defaultValue: .void), .labeled("where", .void)],
            doc: "Whether an element equals `element`, or, given a closure (`contains { $0 > 2 }`, `contains(where:)`), "
                + "whether it is true for one."
        ) { args, interpreter, position in
            guard args.has("element") != args.has("where") else {
                throw LanguageError(message: "`contains` takes one element or `where:` a closure", position: position)
            }
            // A trailing closure lands on the unlabeled parameter: it is Swift's `contains(where:)`, not an element
            // to compare with (which compared unequal to everything: `[1, 2, 3].contains { $0 > 2 }` was false).
            if args.has("where") || args["element"].isFunction {
                let f = try args.function(args.has("where") ? "where" : "element")
                return .bool(try args.receiverItems.contains { try Builtins.truth(f, $0, interpreter, "contains", at: position) })
            }
            try Nesting.checkSize(args.receiver, args["element"], at: position)
            return .bool(args.receiverItems.contains { Operators.equal($0, args["element"]) })
        },
    ]

    /// What a predicate gives for `item`, which must be a Bool.
    static func truth(
        _ predicate: FunctionValue, _ item: RuntimeValue, _ interpreter: Interpreter, _ method: String, at position: Position
    ) throws -> Bool {
        guard case .bool(let holds) = try interpreter.callFunction(predicate, item, at: position) else {
            throw LanguageError(message: "`\(method)` needs a closure that returns a Bool", position: position)
        }
        return holds
    }

    static let stringMethods: [Builtin] = [
        Builtin(
            "filter", on: "String", [.positional("isIncluded")],
            doc: "The string of the characters for which `isIncluded` is true, as Swift's; each character is a string of one."
        ) { args, interpreter, position in
            let f = try args.function("isIncluded")
            var kept = ""
            for character in args.receiverText
            where try Builtins.truth(f, .string(String(character)), interpreter, "filter", at: position) {
                kept.append(character)
            }
            return .string(kept)
        },
        Builtin("uppercased", on: "String", doc: "The string in upper case.") { args, _, _ in
            .string(args.receiverText.uppercased())
        },
        Builtin("lowercased", on: "String", doc: "The string in lower case.") { args, _, _ in
            .string(args.receiverText.lowercased())
        },
        Builtin("hasPrefix", on: "String", [.positional("prefix")], doc: "Whether the string starts with `prefix`.") {
            args, _, _ in .bool(args.receiverText.hasPrefix(Display.text(args["prefix"])))
        },
        Builtin("hasSuffix", on: "String", [.positional("suffix")], doc: "Whether the string ends with `suffix`.") {
            args, _, _ in .bool(args.receiverText.hasSuffix(Display.text(args["suffix"])))
        },
        Builtin("contains", on: "String", [.positional("other")], doc: "Whether `other` occurs in the string.") {
            args, _, _ in
            guard case .string(let other) = args["other"] else {
                throw args.error("other", "`contains` on a string needs a string, not \(args["other"].typeName)")
            }
            return .bool(args.receiverText.contains(other))
        },
    ]

    static let rangeMethods: [Builtin] = [
        Builtin(
            "contains", on: "Range", [.positional("value")],
            doc: "Whether the number lies in the range, or, given a closure, whether it is true for one of its Ints."
        ) { args, interpreter, position in
            if args["value"].isFunction {
                let f = try args.function("value")
                let items = try interpreter.elements(of: args.receiver, at: position)
                return .bool(try items.contains { try Builtins.truth(f, $0, interpreter, "contains", at: position) })
            }
            guard args["value"].isNumeric else {
                throw args.error("value", "`contains` on a range needs a number or a closure, not \(args["value"].typeName)")
            }
            guard case .range(let lo, let hi, let closed) = args.receiver, let x = args["value"].number, let a = lo.number,
                  let b = hi.number
            else { return .bool(false) }
            return .bool(x >= a && (closed ? x <= b : x < b))
        },
    ]

    static let functionMethods: [Builtin] = [
        Builtin("callAsFunction", on: "Function", variadic: true, doc: "Calls the function with the arguments.") {
            args, interpreter, position in
            guard case .function(let f) = args.receiver else { return .void }
            return try interpreter.callFunction(f, args.rest, at: position)
        },
    ]

    /// micrograd's Value methods: `x.tanh()` is `tanh(x)`.
    static let valueMethods: [Builtin] = [
        Builtin("backward", on: "Value", doc: "Fills in `grad` of every Value this one was computed from.") { args, _, _ in
            if case .autodiff(let v) = args.receiver { v.backward() }
            return .void
        },
    ] + ["tanh", "exp", "log", "sigmoid", "relu", "sqrt", "sin", "cos"].map {
        delegating($0, on: "Value", doc: "Like `\($0)(x)`, recorded for `backward`.")
    }

    /// A method that calls the free function of the same name with the receiver as its argument.
    /// A search from the front or the back: with `of:` (when `takesElement`) the element equal to it, with
    /// `where:` the one the closure is true for; `found` makes the result of its index and element, which comes
    /// wrapped in an optional, nil when nothing matches.
    private static func search(
        _ name: String, fromEnd: Bool, takesElement: Bool, doc: String, found: @escaping (Int, RuntimeValue) -> RuntimeValue
    ) -> Builtin {
        let parameters: [BuiltinParameter] = takesElement ? [.labeled("of", .void), .labeled("where", .void)] : [.labeled("where")]
        return Builtin(name, on: "Array", parameters, doc: doc) { args, interpreter, position in
            let items = args.receiverItems
            let order = fromEnd ? Array(items.indices.reversed()) : Array(items.indices)
            if takesElement, args.has("of") == args.has("where") {
                throw LanguageError(message: "`\(name)` takes `of:` an element or `where:` a closure", position: position)
            }
            if args.has("where") {
                let f = try args.function("where")
                for index in order where try Builtins.truth(f, items[index], interpreter, "\(name)(where:)", at: position) {
                    return .optional(found(index, items[index]))
                }
                return .optional(nil)
            }
            try Nesting.checkSize(args.receiver, args["of"], at: position)
            return .optional(order.first { Operators.equal(items[$0], args["of"]) }.map { found($0, items[$0]) })
        }
    }

    /// `min` or `max` of an array: the numbers' extremum as the function of that name gives it, or, with `by:`,
    /// Swift's `min(by:)` or `max(by:)`: an element replaces the one kept so far only when it comes strictly after it
    /// (`max`) or strictly before it (`min`), so ties keep the first.
    private static func extremum(_ name: String, doc: String, keepingLater: Bool) -> Builtin {
        guard let function = table[name] else { preconditionFailure("method `\(name)` delegates to no builtin") }
        return Builtin(name, on: "Array", [.labeled("by", .void)], doc: doc) { args, interpreter, position in
            guard args.has("by") else {
                return try function.call([CallArgument(label: nil, value: args.receiver, position: position)], interpreter, position)
            }
            let inOrder = try args.function("by")
            let at = args.position(of: "by")
            var items = args.receiverItems.makeIterator()
            guard var kept = items.next() else { return .optional(nil) }
            while let item = items.next() {
                let (first, second) = keepingLater ? (kept, item) : (item, kept)
                guard case .bool(let before) = try interpreter.callFunction(inOrder, first, second, at: at) else {
                    throw LanguageError(message: "`\(name)(by:)` needs a closure that returns a Bool", position: at)
                }
                if before { kept = item }
            }
            return .optional(kept)
        }
    }

    static func delegating(_ name: String, on receiver: String, doc: String) -> Builtin {
        guard let function = table[name] else { preconditionFailure("method `\(name)` delegates to no builtin") }
        return Builtin(name, on: receiver, doc: doc) { args, interpreter, position in
            try function.call([CallArgument(label: nil, value: args.receiver, position: position)], interpreter, position)
        }
    }

    /// The items in the order `sorted` and `sort` give: by `by:` when it is given, else numbers or strings ascending.
    static func sorted(_ items: [RuntimeValue], _ args: Arguments, _ interpreter: Interpreter, at position: Position) throws
        -> [RuntimeValue]
    {
        guard args.has("by") else { return try sortedNumbersOrStrings(items, at: position) }
        return try sorted(items, by: try args.function("by"), interpreter, at: args.position(of: "by"))
    }

    /// The items ordered by `inOrder(a, b)`, true when a goes before b, for `method` (`sorted` or `sort`).
    static func sorted(
        _ items: [RuntimeValue], by inOrder: FunctionValue, _ interpreter: Interpreter, at position: Position,
        method: String = "sorted"
    ) throws -> [RuntimeValue] {
        try items.sorted { a, b in
            guard case .bool(let before) = try interpreter.callFunction(inOrder, a, b, at: position) else {
                throw LanguageError(message: "`\(method)(by:)` needs a closure that returns a Bool", position: position)
            }
            return before
        }
    }

    static func sortedNumbersOrStrings(_ items: [RuntimeValue], at position: Position) throws -> [RuntimeValue] {
        if items.allSatisfy({ $0.isNumeric }) {
            // NaN compares false both ways, which would leave the order undefined; numpy sorts it last.
            return items.sorted { a, b in
                if let order = ExactComparison.order(a, b) { return order < 0 }
                return !(a.number ?? .nan).isNaN && (b.number ?? .nan).isNaN
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
}

extension Arguments {
    /// The receiver's elements, for array methods.
    var receiverItems: [RuntimeValue] {
        if case .array(let items) = receiver { return items }
        return []
    }

    /// The receiver's text, for string methods.
    var receiverText: String {
        if case .string(let s) = receiver { return s }
        return ""
    }
}
