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
        Builtin(
            "String",
            [
                BuiltinParameter(label: nil, name: "value", defaultValue: .void), .labeled("radix", .void),
                .labeled("uppercase", .void), .labeled("describing", .void),
                .labeled("format", .void), .labeled("repeating", .void), .labeled("count", .void),
            ],
            trailingVariadic: true,
            doc: "The value as text, as `print` writes it (`String(x)` or Swift's `String(describing: x)`); or "
                + "`String(format: \"%.3f\", x)`, printf's formats "
                + "%d %i %f %e %g %s %% with flags `-+ 0#`, width and precision; or `String(repeating: \"ab\", "
                + "count: 3)`; or an Int's digits in another base, `String(255, radix: 16)` (`uppercase: true` for A–F)."
        ) { args, _, position in
            if args.has("radix") || args.has("uppercase") { return try digits(args) }
            if args.has("repeating") || args.has("count") { return try repeated(args, at: position) }
            if args.has("describing") {
                guard !args.has("value"), !args.has("format"), args.rest.isEmpty else {
                    throw args.error("describing", "`String(describing:)` takes one value and nothing else")
                }
                return .string(Display.text(args["describing"]))
            }
            guard args.has("format") else {
                guard args.has("value"), args.rest.isEmpty else {
                    throw LanguageError(message: "`String` takes one value, or `format:` and its arguments; usage: "
                                        + args.builtin.usage, position: position)
                }
                return .string(Display.text(args["value"]))
            }
            guard !args.has("value") else {
                throw args.error("value", "`String(format:)` takes its arguments after the format")
            }
            do {
                let text = try FormatString.format(try args.string("format"), args.rest)
                try Capacity.checkLength(text.utf8.count, at: position)
                return .string(text)
            } catch let problem as FormatString.Problem {
                let at = problem.argument.map(args.restPosition) ?? args.position(of: "format")
                throw LanguageError(message: "`String(format:)`: \(problem.message)", position: at)
            }
        },
    ]

    /// `String(n, radix: b, uppercase: u)`: an Int's digits in base 2 to 36, as Swift writes them.
    private static func digits(_ args: Arguments) throws -> RuntimeValue {
        guard args.has("value"), args.has("radix") else {
            throw args.error(args.has("radix") ? "radix" : "uppercase", "`String(_:radix:)` needs an Int and a radix")
        }
        guard case .int(let value) = args["value"] else {
            throw args.error("value", "`String(_:radix:)` needs an Int, not \(args["value"].typeName)")
        }
        let radix = try args.int("radix")
        guard (2...36).contains(radix) else { throw args.error("radix", "the radix must be from 2 to 36, not \(radix)") }
        let uppercase = args.has("uppercase") ? try args.bool("uppercase") : false
        return .string(String(value, radix: radix, uppercase: uppercase))
    }

    /// `String(repeating: text, count: n)`, within the string length limit.
    private static func repeated(_ args: Arguments, at position: Position) throws -> RuntimeValue {
        guard args.has("repeating"), args.has("count"), !args.has("value"), !args.has("format"), args.rest.isEmpty else {
            throw LanguageError(message: "`String(repeating:count:)` takes a string and a count, and nothing else; usage: "
                                + args.builtin.usage, position: position)
        }
        let unit = try args.string("repeating")
        let count = try args.int("count")
        guard count >= 0 else { throw args.error("count", "`String(repeating:count:)` needs a count of 0 or more") }
        let (bytes, overflow) = unit.utf8.count.multipliedReportingOverflow(by: count)
        try Capacity.checkLength(overflow ? Int.max : bytes, at: position)
        return .string(String(repeating: unit, count: count))
    }
}
