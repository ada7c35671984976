import Escaping

/// Escaping for text and attribute values of the page, by the one markup escaper; every string that reaches
/// the page goes through here.
public enum HTMLEscape {
    /// Text content: `&`, `<` and `>` escaped, characters HTML forbids replaced by visible stand-ins.
    public static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// A double-quoted attribute value: text escaping plus both quote characters.
    public static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    /// Prose and code from the Markdown, escaped as cmark does: text escaping plus `"` as `&quot;`.
    public static func markdown(_ string: String) -> String {
        escape(string, quotes: false, doubleQuote: true)
    }

    private static func escape(_ string: String, quotes: Bool, doubleQuote: Bool = false) -> String {
        Markup.escaped(string, quotes ? .attribute : doubleQuote ? .doubleQuote : [])
    }
}
