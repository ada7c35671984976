/// A run of formula text drawn in one style at one script position: what SVG text (which cannot hold
/// MathML) is made of. `\frac{a}{b}` becomes `a/b`, `x_1^2` three runs, `\mathbb{R}` the letter ℝ.
public struct MathRun: Hashable, Sendable {
    /// Upright, italic (variables), bold (`\mathbf`) or bold italic (`\boldsymbol`).
    public enum Style: Hashable, Sendable { case normal, italic, bold, boldItalic }
    /// One step off the baseline.
    public enum Script: Hashable, Sendable { case superscript, `subscript` }

    public var text: String
    public var style: Style
    /// The steps from the baseline, outermost first: `[]` on the baseline, `[.superscript, .subscript]` for
    /// the `1` in `e^{x_1}`.
    public var scripts: [Script]

    public init(_ text: String, style: Style = .normal, scripts: [Script] = []) {
        self.text = text
        self.style = style
        self.scripts = scripts
    }
}
