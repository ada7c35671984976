import Language
import Markdown

/// A `swift-nn` fence: the code to run, its options, and where it sits in the lesson.
public struct Cell: Sendable {
    /// The cell's position among the lesson's cells, from 0.
    public var index: Int
    /// The code without its `//|` option lines.
    public var code: String
    public var options: CellOptions
    /// The lesson-file line and column of the first line of `code`.
    public var origin: SourceOrigin
    /// The whole fence in the lesson file.
    public var range: SourceRange
    /// Problems with the option lines; the cell still runs with the defaults for those options.
    public var diagnostics: [Diagnostic]

    public init(
        index: Int, code: String, options: CellOptions = CellOptions(), origin: SourceOrigin, range: SourceRange,
        diagnostics: [Diagnostic] = []
    ) {
        self.index = index
        self.code = code
        self.options = options
        self.origin = origin
        self.range = range
        self.diagnostics = diagnostics
    }

    /// The page anchor of the cell: its label, else its position.
    public var anchor: String {
        options.label ?? "cell-\(index + 1)"
    }
}

/// How a cell is shown and what it must do, from its `//| key: value` lines.
public struct CellOptions: Sendable, Hashable {
    /// Show the code.
    public var echo: Bool
    /// Show the code folded away in a disclosure box.
    public var fold: Bool
    /// Show the outputs.
    public var output: Bool
    /// Whether the cell must end in an error.
    public var error: ExpectedError
    /// The anchor of the cell on the page.
    public var label: String?
    /// A caption shown under the cell.
    public var caption: String?
    /// This cell's step budget, for a cell that legitimately does more work than the lesson's limit allows.
    public var steps: Int?
    /// The bound for this cell's `//=>` numbers that state none with `±`, over the lesson's `tolerance`.
    public var tolerance: Double?
    /// Wall-clock seconds this cell may run, over the run's `--timeout`.
    public var timeout: Double?
    /// Whether `check` records and compares this cell's outputs in the lesson's snapshot file; false for
    /// outputs that legitimately change from run to run.
    public var check: Bool

    public init(
        echo: Bool = true, fold: Bool = false, output: Bool = true, error: ExpectedError = .none,
        label: String? = nil, caption: String? = nil, steps: Int? = nil, tolerance: Double? = nil,
        timeout: Double? = nil, check: Bool = true
    ) {
        self.echo = echo
        self.fold = fold
        self.output = output
        self.error = error
        self.label = label
        self.caption = caption
        self.steps = steps
        self.tolerance = tolerance
        self.timeout = timeout
        self.check = check
    }
}

/// The `error` option: no error allowed, any error required, or an error whose message contains a fragment.
public enum ExpectedError: Sendable, Hashable {
    case none
    case any
    case containing(String)
}
