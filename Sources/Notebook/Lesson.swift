import Language
import Markdown

/// A parsed lesson: its front matter, and its prose and cells in document order.
public struct Lesson: Sendable {
    /// The path the lesson was read from, as the user wrote it; diagnostics name it.
    public var path: String
    /// The front matter title, else the first level-1 heading, else the file name.
    public var title: String
    /// The values of the YAML front matter (defaults when there is none).
    public var frontMatter: FrontMatter
    /// Prose blocks and cells, in the order they appear in the file.
    public var blocks: [LessonBlock]
    /// The inline `{nn}` code of the prose, in the order it appears in the file.
    public var inlineCells: [InlineCell]
    /// Problems found while parsing the front matter.
    public var diagnostics: [Diagnostic]
    /// The lesson file's lines, kept so findings can quote the line they point at.
    public var sourceLines: [String]

    public init(
        path: String, title: String, frontMatter: FrontMatter = FrontMatter(), blocks: [LessonBlock],
        inlineCells: [InlineCell] = [], diagnostics: [Diagnostic] = [], sourceLines: [String] = []
    ) {
        self.path = path
        self.title = title
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.inlineCells = inlineCells
        self.diagnostics = diagnostics
        self.sourceLines = sourceLines
    }

    /// The cells of the lesson, in order.
    public var cells: [Cell] {
        blocks.compactMap { block in
            if case .cell(let cell) = block { cell } else { nil }
        }
    }

    /// The text of a 1-based line of the lesson file, or "" outside the file.
    public func sourceLine(_ line: Int) -> String {
        sourceLines.indices.contains(line - 1) ? sourceLines[line - 1] : ""
    }
}

/// One piece of a lesson: prose to render as it is, or a cell to run.
public enum LessonBlock: Sendable {
    case prose(Block)
    case cell(Cell)
}

/// Which code blocks a printed page keeps (front matter `print-code`): a handout may leave the code out.
public enum PrintCode: String, Sendable, Hashable, CaseIterable {
    /// Every block, folded ones opened.
    case all
    /// The blocks shown unfolded on screen; folded ones are left out.
    case unfolded
    /// No code at all: prose, outputs and figures.
    case omitted = "none"
}

/// The lesson-wide settings from the YAML front matter.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var summary: String?
    public var order: Int?
    /// A default bound for the lesson's `//=>` expectations.
    public var tolerance: Double?
    /// Whether raw HTML in the Markdown reaches the page; it is dropped otherwise.
    public var allowHTML: Bool
    /// TeX macros for every formula, by name (`\RR` → `\mathbb{R}`): course.yml's, then the lesson's own.
    public var macros: [String: String] = [:]
    /// Which code a printout keeps.
    public var printCode: PrintCode = .all

    public init(
        title: String? = nil, summary: String? = nil, order: Int? = nil, tolerance: Double? = nil,
        allowHTML: Bool = false
    ) {
        self.title = title
        self.summary = summary
        self.order = order
        self.tolerance = tolerance
        self.allowHTML = allowHTML
    }
}
