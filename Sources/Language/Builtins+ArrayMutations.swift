// The array methods that change their array; a call of one needs a variable as receiver (see
// `Compiler.compileMethodCall`), and its body changes the array in `Arguments.changeItems`.

extension Builtins {
    static let arrayMutations: [Builtin] = [
        Builtin(
            "append", on: "Array", mutating: true,
            [BuiltinParameter(label: nil, name: "element", defaultValue: .void), .labeled("contentsOf", .void)],
            doc: "Adds an element at the end, or the elements of another array with `contentsOf:`."
        ) { args, _, position in
            guard args.has("element") != args.has("contentsOf") else {
                throw LanguageError(message: "`append` takes one element or `contentsOf:` an array", position: position)
            }
            if args.has("element") {
                try Nesting.check(args["element"], at: position)
                try args.changeItems { $0.append(args["element"]) }
                return .void
            }
            guard case .array(let more) = args["contentsOf"] else {
                throw args.error("contentsOf", "`append(contentsOf:)` needs an array")
            }
            try Nesting.check(more, at: position)
            try args.changeItems { items in
                guard items.count + more.count <= Capacity.arrayCount else {
                    throw LanguageError(message: "an array may hold at most \(Capacity.arrayCount) elements", position: position)
                }
                items.append(contentsOf: more)
            }
            return .void
        },
        Builtin("removeLast", on: "Array", mutating: true, doc: "Removes the last element and returns it.") {
            args, _, position in
            try args.changeItems { items in
                guard let last = items.popLast() else {
                    throw LanguageError(message: "`removeLast` on an empty array", position: position)
                }
                return last
            }
        },
        Builtin("popLast", on: "Array", mutating: true, doc: "Removes the last element and returns it as an optional; nil, "
                    + "changing nothing, for an empty array (`while let x = stack.popLast()`).") { args, _, _ in
            try args.changeItems { items in .optional(items.popLast()) }
        },
        Builtin(
            "insert", on: "Array", mutating: true, [.positional("element"), .labeled("at")],
            doc: "Inserts an element before index `at:` (the count appends)."
        ) { args, _, position in
            try Nesting.check(args["element"], at: position)
            let at = try args.int("at")
            try args.changeItems { items in
                guard at >= 0, at <= items.count else {
                    throw args.error("at", "`insert(_:at:)` needs an index in 0...\(items.count)")
                }
                items.insert(args["element"], at: at)
            }
            return .void
        },
        Builtin(
            "swapAt", on: "Array", mutating: true, [.positional("i"), .positional("j")],
            doc: "Exchanges the elements at indices `i` and `j`."
        ) { args, interpreter, position in
            try args.changeItems { items in
                let i = try interpreter.index(args["i"], count: items.count, at: args.position(of: "i"))
                let j = try interpreter.index(args["j"], count: items.count, at: args.position(of: "j"))
                items.swapAt(i, j)
            }
            return .void
        },
        Builtin("remove", on: "Array", mutating: true, [.labeled("at")], doc: "Removes the element at `at:` and returns it.") {
            args, interpreter, position in
            try args.changeItems { items in
                items.remove(at: try interpreter.index(args["at"], count: items.count, at: args.position(of: "at")))
            }
        },
    ]
}

/// The storage a mutating method changes: the receiver's value, moved out of its variable for the call.
final class MutableReceiver {
    var value: RuntimeValue

    init(_ value: RuntimeValue) {
        self.value = value
    }
}

extension Arguments {
    /// Runs `change` on the receiver's elements in place. The array is moved out of the receiver while it changes,
    /// so its storage stays uniquely referenced and appending does not copy it.
    func changeItems<T>(_ change: (inout [RuntimeValue]) throws -> T) throws -> T {
        guard let target, case .array(var items) = target.value else {
            throw LanguageError(message: "`\(name)` changes an array, so it needs one in a variable", position: position)
        }
        target.value = .void
        defer { target.value = .array(items) }
        return try change(&items)
    }
}
