/// A formula converted to MathML: the `<math>` element, and what went wrong on the way.
public struct MathResult: Hashable, Sendable {
    /// One `<math>` element with the TeX in `alttext`; a formula that cannot be read shows its source in `<merror>`.
    public var markup: String
    /// Problems found in the TeX, in source order; empty when the formula is fine.
    public var warnings: [MathWarning]

    public init(markup: String, warnings: [MathWarning]) {
        self.markup = markup
        self.warnings = warnings
    }
}

/// A problem in a formula, placed within the TeX so the caller can point into its own file.
public struct MathWarning: Hashable, Sendable {
    public var message: String
    /// The nearest known name (with its backslash) when the formula names something unknown.
    public var suggestion: String?
    /// Where the problem starts: a Character offset into the TeX, and the same as a 1-based line and column.
    public var offset: Int
    public var line: Int
    public var column: Int
    /// How many Characters the problem covers (at least 1).
    public var length: Int

    public init(message: String, suggestion: String? = nil, offset: Int, line: Int, column: Int, length: Int = 1) {
        self.message = message
        self.suggestion = suggestion
        self.offset = offset
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}
