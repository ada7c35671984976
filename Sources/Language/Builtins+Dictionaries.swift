// Swift's ways to build a dictionary from a sequence, `Dictionary(uniqueKeysWithValues:)` and
// `Dictionary(grouping:by:)`, and its `mapValues`. Entries keep the order their keys first came in, so output is
// the same on every run (Swift's own order is unspecified).

extension Builtins {
    static let dictionaries: [Builtin] = [
        Builtin(
            "Dictionary", [.labeled("uniqueKeysWithValues", .void), .labeled("grouping", .void), .labeled("by", .void)],
            doc: "A dictionary from `(key, value)` pairs, each key once: `Dictionary(uniqueKeysWithValues: zip(names, "
                + "scores))`; or the elements of `grouping` in arrays under the key `by` gives each: "
                + "`Dictionary(grouping: words, by: { $0.count })`."
        ) { args, interpreter, position in
            if args.has("uniqueKeysWithValues") {
                guard !args.has("grouping"), !args.has("by") else {
                    throw args.error("grouping", "`Dictionary` takes `uniqueKeysWithValues:`, or `grouping:` and `by:`")
                }
                return try fromPairs(args, interpreter)
            }
            guard args.has("grouping"), args.has("by") else {
                throw LanguageError(
                    message: "`Dictionary` takes `uniqueKeysWithValues:`, or `grouping:` and `by:`; usage: "
                        + args.builtin.usage, position: position)
            }
            return try grouped(args, interpreter, at: position)
        },
    ]

    static let dictionaryMethods: [Builtin] = [
        Builtin(
            "mapValues", on: "Dictionary", [.positional("transform")],
            doc: "The same keys, each value replaced by what `transform` gives for it."
        ) { args, interpreter, position in
            guard case .dictionary(let d) = args.receiver else { return .void }
            let f = try args.function("transform")
            let values = try d.values.map { try interpreter.callFunction(f, $0, at: position) }
            return try dictionary(Array(zip(d.keys.map(\.value), values)), at: position)
        },
    ]

    private static func fromPairs(_ args: Arguments, _ interpreter: Interpreter) throws -> RuntimeValue {
        var pairs: [(RuntimeValue, RuntimeValue)] = []
        for element in try interpreter.elements(of: args["uniqueKeysWithValues"], at: args.position(of: "uniqueKeysWithValues")) {
            guard case .tuple(let items) = element, items.count == 2 else {
                throw args.error("uniqueKeysWithValues", "`uniqueKeysWithValues:` needs `(key, value)` pairs, not \(element.typeName)")
            }
            pairs.append((items[0], items[1]))
        }
        do {
            return .dictionary(try DictionaryValue.literal(pairs) { "the key \($0) comes twice in `uniqueKeysWithValues:`" })
        } catch {
            throw args.error("uniqueKeysWithValues", error.message)
        }
    }

    private static func grouped(_ args: Arguments, _ interpreter: Interpreter, at position: Position) throws -> RuntimeValue {
        let f = try args.function("by")
        var keys: [RuntimeValue] = []
        var groups: [[RuntimeValue]] = []
        var slots = DictionaryValue()
        for element in try interpreter.elements(of: args["grouping"], at: args.position(of: "grouping")) {
            let key = try interpreter.callFunction(f, element, at: position)
            guard let converted = slots.convertKey(key) else {
                throw args.error("by", slots.keyProblem(key))
            }
            if case .int(let slot) = slots[converted] {
                groups[slot].append(element)
            } else {
                try? slots.set(converted, .int(groups.count))
                keys.append(key)
                groups.append([element])
            }
        }
        return try dictionary(Array(zip(keys, groups.map(RuntimeValue.array))), at: position)
    }

    /// A dictionary of these entries, typed as a literal of them would be.
    private static func dictionary(_ entries: [(RuntimeValue, RuntimeValue)], at position: Position) throws -> RuntimeValue {
        do {
            return .dictionary(try DictionaryValue.literal(entries))
        } catch {
            throw LanguageError(message: error.message, position: position)
        }
    }
}
