/// Estimated text widths for layout (tick-label margins, legend boxes), tuned to DejaVu Sans,
/// the widest of the fonts we name, so estimates err on the roomy side.
enum TextMetrics {
    /// Font size of shifted runs relative to the base size.
    static let scriptScale = 0.7

    static func width(_ text: String, fontSize: Double) -> Double {
        text.reduce(0) { $0 + advance($1) } * fontSize
    }

    static func width(_ spans: [TextSpan], fontSize: Double) -> Double {
        spans.reduce(0) { total, span in
            total + width(span.text, fontSize: span.shift == .none ? fontSize : fontSize * scriptScale)
        }
    }

    /// Advance of one character in ems.
    private static func advance(_ char: Character) -> Double {
        switch char {
        case "i", "l", "j", "'", ",", ".", ":", ";", "|", "!", "\u{2009}": 0.3
        case " ", "f", "t", "r", "(", ")", "[", "]", "I": 0.38
        case "m", "w", "M", "W", "−", "+", "=", "<", ">", "×", "±", "\u{2003}": 0.84
        case "0"..."9": 0.64
        case _ where char.isUppercase: 0.72
        default: 0.6
        }
    }
}
