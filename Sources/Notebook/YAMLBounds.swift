/// Bounds checked on YAML text before the YAML parser sees it. The parser recurses once per level of nesting,
/// so ten thousand nested `[` overflow the native stack and kill the process; front matter and `course.yml`
/// are untrusted input, and a few levels are all they ever need.
public enum YAMLBounds {
    /// The deepest nesting of flow (`[`, `{`) and block (indentation, `- ` and `? ` indicators) collections.
    public static let maximumDepth = 64
    /// The most text the YAML may hold.
    public static let maximumSize = 1 << 20

    /// Where the YAML goes past a bound: a line and column within `text` (both from 1) and the reason.
    public struct Violation: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first place `text` goes past a bound, or nil when it stays within them.
    public static func violation(in text: String) -> Violation? {
        if text.utf8.count > maximumSize {
            return Violation(line: 1, column: 1, message: "the YAML is larger than \(maximumSize / 1024) KB")
        }
        var flowDepth = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var column = 0
            var blockDepth = 0
            // Block nesting: indentation, then each `- ` / `? ` / `: ` indicator that opens a collection in place.
            while column < scalars.count, scalars[column] == " " || scalars[column] == "\t" { column += 1 }
            blockDepth = column
            while column + 1 < scalars.count, "-?:".unicodeScalars.contains(scalars[column]),
                  scalars[column + 1] == " " {
                blockDepth += 2
                column += 2
                while column < scalars.count, scalars[column] == " " { column += 1 }
            }
            if blockDepth > maximumDepth * 4 {
                return Violation(line: index + 1, column: column + 1,
                                 message: "the YAML nests deeper than \(maximumDepth) levels")
            }
            var quote: Unicode.Scalar?
            var position = column
            while position < scalars.count {
                let scalar = scalars[position]
                if let open = quote {
                    if scalar == "\\" && open == "\"" {
                        position += 1
                    } else if scalar == open {
                        quote = nil
                    }
                } else if scalar == "\"" || scalar == "'",
                          position == 0 || " \t[{,:".unicodeScalars.contains(scalars[position - 1]) {
                    // A quote opens a quoted scalar only where a token starts; inside a plain scalar it is text.
                    quote = scalar
                } else if scalar == "#" && (position == 0 || scalars[position - 1] == " ") {
                    break
                } else if scalar == "[" || scalar == "{" {
                    flowDepth += 1
                    if flowDepth > maximumDepth {
                        return Violation(line: index + 1, column: position + 1,
                                         message: "the YAML nests deeper than \(maximumDepth) levels")
                    }
                } else if scalar == "]" || scalar == "}" {
                    flowDepth = max(0, flowDepth - 1)
                }
                position += 1
            }
        }
        return nil
    }
}
