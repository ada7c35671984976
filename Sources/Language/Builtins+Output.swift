extension Builtins {
    static let output: [Builtin] = [
        Builtin(
            "print", [.labeled("separator", .string(" ")), .labeled("terminator", .string("\n"))], variadic: true,
            doc: "Writes its arguments as text, separated by spaces, ending with a newline."
        ) { args, interpreter, _ in
            let text = args.rest.map(Display.text).joined(separator: try args.string("separator"))
            interpreter.write(text + (try args.string("terminator")))
            return .void
        },
        Builtin("String", [.positional("value")], doc: "The value as text, as `print` writes it.") { args, _, _ in
            .string(Display.text(args["value"]))
        },
    ]
}
