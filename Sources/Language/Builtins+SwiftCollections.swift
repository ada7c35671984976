import Foundation

// The Swift standard library's slicing, joining and splitting methods of arrays and strings, and the mutating
// `sort`, `reverse`, `removeAll` and `removeFirst`. Slices are arrays and strings again (Swift's are
// `ArraySlice` and `Substring`, which swift-nn does not have).

extension Builtins {
    static let collectionMethods: [Builtin] = ["Array", "String"].flatMap { receiver in
        [
            slicing("prefix", on: receiver, "The first `n` elements (all of them when there are fewer).") {
                ($0.prefix($2), String($1.prefix($2)))
            },
            slicing("suffix", on: receiver, "The last `n` elements (all of them when there are fewer).") {
                ($0.suffix($2), String($1.suffix($2)))
            },
            slicing("dropFirst", on: receiver, "All but the first `n` elements (1 when not given).", defaultCount: 1) {
                ($0.dropFirst($2), String($1.dropFirst($2)))
            },
            slicing("dropLast", on: receiver, "All but the last `n` elements (1 when not given).", defaultCount: 1) {
                ($0.dropLast($2), String($1.dropLast($2)))
            },
        ]
    } + [
        Builtin(
            "joined", on: "Array", [.labeled("separator", .void)],
            doc: "The strings joined into one, `separator` between each two; of an array of arrays, their elements "
                + "in one array, as Swift's `Array(nested.joined())`."
        ) { args, _, position in
            let items = args.receiverItems
            if let first = items.first, case .array = first, !args.has("separator") {
                var joined: [RuntimeValue] = []
                for item in items {
                    guard case .array(let part) = item else {
                        throw LanguageError(message: "`joined` needs an array of arrays, not one holding \(item.typeName)", position: position)
                    }
                    guard joined.count + part.count <= Capacity.arrayCount else {
                        throw LanguageError(message: "an array may hold at most \(Capacity.arrayCount) elements", position: position)
                    }
                    joined.append(contentsOf: part)
                }
                return .array(joined)
            }
            let parts = try items.map { item -> String in
                guard case .string(let s) = item else {
                    throw LanguageError(message: "`joined` needs an array of strings, not of \(item.typeName)", position: position)
                }
                return s
            }
            let separator = args.has("separator") ? try args.string("separator") : ""
            // The length is checked before the string is made: 20 000 copies of a 1 MB string would be 20 GB.
            let length = parts.reduce(0) { $0 + $1.utf8.count } + max(0, parts.count - 1) * separator.utf8.count
            try Capacity.checkLength(length, at: position)
            return .string(parts.joined(separator: separator))
        },
        Builtin("reversed", on: "String", doc: "The characters in reverse order.") { args, _, _ in
            .string(String(args.receiverText.reversed()))
        },
        Builtin(
            "split", on: "String", [.labeled("separator")],
            doc: "The pieces between occurrences of the one-character `separator`, empty pieces dropped, as Swift's."
        ) { args, _, _ in
            let separator = try args.string("separator")
            guard separator.count == 1, let character = separator.first else {
                throw args.error("separator", "`split(separator:)` needs one character; `components(separatedBy:)` takes any string")
            }
            return .array(args.receiverText.split(separator: character).map { .string(String($0)) })
        },
        Builtin(
            "components", on: "String", [.labeled("separatedBy")],
            doc: "The pieces between occurrences of `separatedBy`, empty ones kept, as Foundation's."
        ) { args, _, _ in
            let separator = try args.string("separatedBy")
            guard !separator.isEmpty else { throw args.error("separatedBy", "the separator must not be empty") }
            return .array(args.receiverText.components(separatedBy: separator).map(RuntimeValue.string))
        },
        Builtin(
            "replacingOccurrences", on: "String", [.labeled("of"), .labeled("with")],
            doc: "The string with every occurrence of `of` replaced by `with`."
        ) { args, _, position in
            let target = try args.string("of"), replacement = try args.string("with")
            guard !target.isEmpty else { throw args.error("of", "the text to replace must not be empty") }
            let text = args.receiverText
            // The result's length bounds the work: a short pattern replaced by a long text many times.
            let occurrences = text.components(separatedBy: target).count - 1
            try Capacity.checkLength(
                text.utf8.count + occurrences * max(0, replacement.utf8.count - target.utf8.count), at: position)
            return .string(text.replacingOccurrences(of: target, with: replacement))
        },
    ]

    static let collectionMutations: [Builtin] = [
        // `sort(by:)` is compiled apart (`Compiler.compileClosureMutation`): its closure must not run while the
        // array is out of its variable.
        Builtin(
            "sort", on: "Array", mutating: true,
            doc: "Sorts numbers or strings in place, increasing; `sort(by: >)` or `sort { … }` in the closure's order."
        ) { args, _, position in
            try args.changeItems { items in items = try Builtins.sortedNumbersOrStrings(items, at: position) }
            return .void
        },
        Builtin("reverse", on: "Array", mutating: true, doc: "Reverses the array in place.") { args, _, _ in
            try args.changeItems { $0.reverse() }
            return .void
        },
        Builtin(
            "removeAll", on: "Array", mutating: true,
            doc: "Removes every element; `removeAll { … }` (or `where:`) those the closure is true for."
        ) { args, _, _ in
            try args.changeItems { $0.removeAll() }
            return .void
        },
        Builtin("removeFirst", on: "Array", mutating: true, doc: "Removes the first element and returns it.") {
            args, _, position in
            try args.changeItems { items in
                guard !items.isEmpty else {
                    throw LanguageError(message: "`removeFirst` on an empty array", position: position)
                }
                return items.removeFirst()
            }
        },
    ]

    /// A method that takes `n` elements off the receiver's ends, an array's or a string's (its Characters). `cut`
    /// gets the array (empty for a string) and the string (empty for an array), and cuts the one that is there.
    private static func slicing(
        _ name: String, on receiver: String, _ doc: String, defaultCount: Int? = nil,
        _ cut: @escaping ([RuntimeValue], String, Int) -> (ArraySlice<RuntimeValue>, String)
    ) -> Builtin {
        let parameter = BuiltinParameter(label: nil, name: "n", defaultValue: defaultCount.map(RuntimeValue.int))
        return Builtin(name, on: receiver, [parameter], doc: doc) { args, _, _ in
            let n = try args.int("n")
            guard n >= 0 else { throw args.error("n", "`\(name)` needs a count of 0 or more") }
            if case .string(let text) = args.receiver { return .string(cut([], text, n).1) }
            return .array(Array(cut(args.receiverItems, "", n).0))
        }
    }
}
