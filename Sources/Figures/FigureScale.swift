/// How large a figure's text is next to its drawing, and how large the figure is shown.
///
/// A figure is laid out with 10-point text at most `layoutWidth` points wide; a wider `figsize` is laid out
/// at that width and drawn larger, text with it, as matplotlib's larger-context styles do. Shown at full
/// width in a 343 px phone column, its text is then at least 9 px. On a desktop page one layout point is
/// shown as `displayScale` pixels (10-point text at 14 px), never wider than the column.
enum FigureScale {
    /// The widest a figure is laid out, in points with 10-point text.
    static let layoutWidth = 370.0
    /// CSS pixels per layout point on a page wide enough to show the figure whole.
    static let displayScale = 1.4

    /// The factor from a figure's size in points to its layout size: ≥ 1, bringing its width to
    /// `layoutWidth` at most.
    static func shrink(width: Double) -> Double {
        max(width / layoutWidth, 1)
    }

    /// The CSS pixels a length of `points` layout points is shown at.
    static func displayed(_ points: Double) -> Double {
        (points * displayScale).rounded()
    }
}
