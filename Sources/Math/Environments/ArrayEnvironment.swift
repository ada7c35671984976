/// `array` with a column spec: `\begin{array}{l|cr} … \end{array}`.
enum ArrayEnvironment {
    static let environments: [Environment] = [
        Environment("array", [.raw], doc: "a table whose columns the spec {lcr|} aligns") { body, arguments, range throws(MathError) in
            let (alignment, rules) = try columns(arguments[0].raw, at: range)
            return TableNode(
                rows: body.rows, rulesAbove: body.rulesAbove, dashedAbove: body.dashedAbove, columnAlignment: alignment,
                styleClass: "array",
                ruledColumns: rules)
        },
    ]

    /// The alignments of `l`, `c`, `r` and the columns a `|` follows.
    static func columns(_ spec: String, at range: Range<Int>) throws(MathError) -> ([String], Set<Int>) {
        var alignment: [String] = []
        var rules: Set<Int> = []
        for character in spec where character != " " {
            switch character {
            case "l": alignment.append("left")
            case "c": alignment.append("center")
            case "r": alignment.append("right")
            case "|": if !alignment.isEmpty { rules.insert(alignment.count - 1) }
            default: throw MathError("the array column spec may hold only l, c, r and |; it has \(character)", at: range)
            }
        }
        return (alignment.isEmpty ? ["center"] : alignment, rules)
    }
}
