/// Strings written as swift-nn (and Swift) string literals, on one line: how values display and how
/// snapshot files record text.
public enum StringLiteral {
    /// The string in double quotes with `\`, `"`, newlines, tabs and carriage returns escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
