import Markdown

extension LessonParser {
    /// The plain text of a Markdown file's first top-level heading, or nil when it has none (or only empty ones):
    /// a course folder's README names the course.
    public static func firstHeading(of source: String) -> String? {
        for block in Markdown.parse(TextLines(source).normalized).blocks {
            if case .heading(_, let content, _) = block {
                let text = PlainText.of(content).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }
}
