import Language

/// Inline code `` `{nn} expr` `` or `` `{nn} expr => stated` `` in the prose: evaluated in document order
/// with the cells (it sees what the cells before it defined), its value written into the sentence, and the
/// stated value, when there is one, checked like a `//=>`.
public struct InlineCell: Sendable, Hashable {
    /// The position among the lesson's inline cells, from 0.
    public var index: Int
    /// The code after `{nn}`, without the stated part.
    public var expression: String
    /// The value the sentence states after `=>`, as written; nil when the code only computes a value.
    public var stated: String?
    /// Where the expression starts in the lesson file.
    public var location: SourceLocation
    /// Where the stated value starts in the lesson file; nil when there is none or the code span could not be
    /// found in the source (then `--accept` cannot rewrite it).
    public var statedLocation: SourceLocation?
    /// The index of the lesson block it sits in (in `Lesson.blocks`).
    public var blockIndex: Int

    public init(
        index: Int, expression: String, stated: String?, location: SourceLocation, statedLocation: SourceLocation?,
        blockIndex: Int
    ) {
        self.index = index
        self.expression = expression
        self.stated = stated
        self.location = location
        self.statedLocation = statedLocation
        self.blockIndex = blockIndex
    }

    /// The value's anchor on the page.
    public var anchor: String { "value-\(index + 1)" }

    /// The code a session runs: the expression, checked against the stated value when there is one.
    public var source: String {
        stated.map { "\(expression) //=> \($0)" } ?? expression
    }

    /// The prefix that makes inline code an inline cell.
    static let prefix = "{nn}"

    /// Splits the text of inline code into expression and stated value, or nil when it is not an inline cell.
    /// The stated value follows the last `=>`, which swift-nn itself never uses.
    static func split(_ code: String) -> (expression: String, stated: String?, statedOffset: Int?)? {
        guard code.hasPrefix(prefix) else { return nil }
        let body = code.dropFirst(prefix.count)
        guard let arrow = body.range(of: "=>", options: .backwards) else {
            return (body.trimmingBlanks(), nil, nil)
        }
        let stated = body[arrow.upperBound...]
        let leading = stated.prefix { $0 == " " }.count
        let offset = code.distance(from: code.startIndex, to: arrow.upperBound) + leading
        return (body[..<arrow.lowerBound].trimmingBlanks(), stated.trimmingBlanks(), offset)
    }

    /// The stand-in the parse stage leaves in the prose: private-use marks around the index, then the code
    /// as written (which plain text, for titles and anchors, falls back to).
    static func marker(_ index: Int, code: String) -> String {
        "\u{E010}\(index)\u{E011}\(code)"
    }

    /// The index and the written code in a stand-in, or nil for ordinary inline code.
    static func unmark(_ text: String) -> (index: Int, code: String)? {
        guard text.hasPrefix("\u{E010}"), let close = text.firstIndex(of: "\u{E011}"),
              let index = Int(text[text.index(after: text.startIndex)..<close])
        else { return nil }
        return (index, String(text[text.index(after: close)...]))
    }
}
