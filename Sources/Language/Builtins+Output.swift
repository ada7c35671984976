extension Builtins {
    static let output: [Builtin] = [
        Builtin(
            "print", [.labeled("separator", .string(" ")), .labeled("terminator", .string("\n"))], variadic: true,
            doc: "Writes its arguments as text, separated by spaces, ending with a newline."
        ) { args, interpreter, _ in
            let text = args.rest.map(Display.text).joined(separator: try args.string("separator"))
                + (try args.string("terminator"))
            let written = interpreter.outputs.reduce(0) { total, output in
                if case .text(let earlier) = output { total + earlier.utf8.count } else { total }
            }
            guard written + text.utf8.count <= Capacity.stringLength else {
                throw LanguageError(message: "a cell may print at most \(Capacity.stringLength) bytes", position: args.position)
            }
            interpreter.write(text)
            return .void
        },
        Builtin("String", [.positional("value")], doc: "The value as text, as `print` writes it.") { args, _, _ in
            .string(Display.text(args["value"]))
        },
    ]
}
