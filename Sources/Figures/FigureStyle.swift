/// Sizes in points, after matplotlib's defaults (10 pt labels, 12 pt title, 3.5 pt ticks).
enum FigureStyle {
    static let pointsPerInch = 72.0
    static let fontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif"
    static let tickFontSize = 10.0
    static let labelFontSize = 10.0
    static let titleFontSize = 12.0
    static let suptitleFontSize = 13.0
    static let tickLength = 3.5
    static let tickPad = 3.5
    static let labelPad = 4.0
    static let titlePad = 6.0
    static let outerPad = 6.0
    static let spineWidth = 0.8
    /// The colour bar's distance from the plot and its width.
    static let colorbarGap = 10.0
    static let colorbarWidth = 12.0
    /// Fraction of the data range added on each side, matplotlib's `axes.xmargin`.
    static let dataMargin = 0.05
    /// Ascent and descent of text as fractions of the font size.
    static let ascent = 0.76
    static let descent = 0.24
    /// Baseline offset of superscripts and subscripts as fractions of the base font size.
    static let superscriptRise = 0.35
    static let subscriptDrop = 0.22
    /// Largest pixel coordinate written, so far-off points beyond xlim/ylim stay finite and small.
    static let coordinateLimit = 100_000.0
    /// Extra room on text lines for superscripts above and subscripts below.
    static func scriptRoom(_ fontSize: Double) -> Double { 0.15 * fontSize }
}
