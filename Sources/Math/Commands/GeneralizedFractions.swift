/// Fractions written between their parts (`{a \over b}`, `\atop`, `\choose`, `\brace`, `\brack`,
/// `\above`), and `\genfrac`, which chooses delimiters, rule and size.
enum GeneralizedFractions {
    /// How an infix command draws the two halves of its group.
    struct Infix: Sendable {
        var open = ""
        var close = ""
        var bar = true
        /// `\above` reads the rule's thickness after it.
        var readsThickness = false
    }

    static let infix: [String: Infix] = [
        "over": Infix(), "atop": Infix(bar: false), "choose": Infix(open: "(", close: ")", bar: false),
        "brace": Infix(open: "{", close: "}", bar: false), "brack": Infix(open: "[", close: "]", bar: false),
        "above": Infix(readsThickness: true),
    ]

    static let commands: [Command] = infix.keys.sorted().map { name in
        Command(name, doc: "divides its group: {a \\\(name) b}") { _, call throws(MathError) in
            throw MathError("\\\(name) divides the group it stands in, so it cannot be an argument", at: call.range)
        }
    } + [
        Command("genfrac", [.raw, .raw, .raw, .raw, .math, .math],
                doc: "a fraction with chosen delimiters, rule and size: \\genfrac(){0pt}{0}{n}{k}") {
            _, call throws(MathError) in
            let open = try delimiter(call.arguments[0].raw, at: call.range)
            let close = try delimiter(call.arguments[1].raw, at: call.range)
            var fraction = FractionNode(call.node(4), call.node(5))
            let rule = call.arguments[2].raw.trimmingSpaces
            if !rule.isEmpty {
                guard let thickness = Spacing.length(rule) else {
                    throw MathError("\\genfrac's rule \(rule) is not a length such as 0pt", at: call.range)
                }
                fraction.thickness = thickness
            }
            switch call.arguments[3].raw.trimmingSpaces {
            case "0": fraction.displayStyle = true
            case "1", "2", "3": fraction.displayStyle = false
            default: break
            }
            return open.isEmpty && close.isEmpty ? fraction : FencedNode(open: open, body: [fraction], close: close)
        },
    ]

    /// A delimiter written as `\genfrac` takes it: a character, a command, or nothing.
    private static func delimiter(_ raw: String, at range: Range<Int>) throws(MathError) -> String {
        let text = raw.trimmingSpaces
        if text.isEmpty || text == "." { return "" }
        let scalars = Array(text.unicodeScalars)
        let found = scalars.first == "\\" ? Delimiters.command(String(text.dropFirst()))
            : scalars.count == 1 ? Delimiters.character(scalars[0]) : nil
        guard let found else { throw MathError("\(text) is not a delimiter \\genfrac can use", at: range) }
        return found
    }
}

extension Parser {
    /// `\over` and its kin after `numerator`: the rest of the group is the denominator.
    mutating func parseInfixFraction(
        _ infix: GeneralizedFractions.Infix, numerator: [any MathNode], until stops: Stops
    ) throws(MathError) -> any MathNode {
        let token = next()
        var thickness: Double? = infix.bar ? nil : 0
        if infix.readsThickness {
            thickness = try length(of: "above", at: token)
        }
        var fraction = FractionNode(RowNode(numerator), RowNode(try parseList(until: stops)))
        fraction.thickness = thickness
        return infix.open.isEmpty ? fraction : FencedNode(open: infix.open, body: [fraction], close: infix.close)
    }
}
