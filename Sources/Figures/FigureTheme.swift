import Foundation

/// How a figure's colours read on a light and on a dark page. The SVG keeps matplotlib's colours (a figure
/// saved on its own looks as it does in matplotlib); the page's stylesheet then redraws every colour a user
/// can name through a custom property with a light and a dark value, each the named colour darkened (light
/// page) or lightened (dark page) just enough to reach WCAG's 3:1 contrast for graphics against the figure's
/// background. CSS outranks SVG presentation attributes, so this needs no script and works offline.
public enum FigureTheme {
    /// The figure background on a light page and on a dark one.
    public static let lightBackground = "#ffffff"
    public static let darkBackground = "#1b1e22"
    /// WCAG 2's minimum contrast for graphical objects.
    public static let minimumContrast = 3.0

    /// Every colour a lesson can name (the tab10 cycle, the format letters, the CSS names), sorted and
    /// without duplicates. Black is drawn as `currentColor` already, and white stays white: it is meant as
    /// a fill behind other marks, not as a line on a light page.
    public static var paletteColors: [String] {
        let all = Colors.tab10 + Array(PlotFormat.colorLetters.values) + Array(Colors.named.values)
        return Set(all).subtracting(["#000000", "#ffffff"]).sorted()
    }

    /// The colour drawn on a light page: `hex` darkened until it stands out from the light background.
    public static func light(_ hex: String) -> String {
        adjusted(hex, towards: RGB(red: 0, green: 0, blue: 0), against: lightBackground)
    }

    /// The colour drawn on a dark page: `hex` lightened until it stands out from the dark background.
    public static func dark(_ hex: String) -> String {
        adjusted(hex, towards: RGB(red: 1, green: 1, blue: 1), against: darkBackground)
    }

    /// WCAG 2's contrast ratio of two `#rrggbb` colours, from 1 to 21.
    public static func contrast(_ first: String, _ second: String) -> Double {
        guard let a = RGB(hex: first), let b = RGB(hex: second) else { return 1 }
        let (high, low) = (max(a.luminance, b.luminance), min(a.luminance, b.luminance))
        return (high + 0.05) / (low + 0.05)
    }

    /// The stylesheet rules: one custom property per palette colour (`--lr-1f77b4`), its light value at the
    /// root and its dark value under `prefers-color-scheme: dark`, and the selectors that put it on strokes
    /// and fills drawn in that colour. Print uses the light values.
    public static var styleRules: String {
        let colors = paletteColors
        let name = { (hex: String) in "--lr-\(hex.dropFirst())" }
        var css = ":root {\n"
        css += lines(colors.map { "\(name($0)): \(light($0));" })
        css += "}\n@media screen and (prefers-color-scheme: dark) {\n  :root {\n"
        css += lines(colors.map { "\(name($0)): \(dark($0));" }, indent: "    ")
        css += "  }\n}\n"
        for hex in colors {
            css += "svg [stroke=\"\(hex)\"] { stroke: var(\(name(hex))); } "
            css += "svg [fill=\"\(hex)\"] { fill: var(\(name(hex))); }\n"
        }
        return css
    }

    /// Declarations four to a line, so the sheet stays short.
    private static func lines(_ declarations: [String], indent: String = "  ") -> String {
        stride(from: 0, to: declarations.count, by: 4).map { start in
            indent + declarations[start..<min(start + 4, declarations.count)].joined(separator: " ") + "\n"
        }.joined()
    }

    /// Mixes `hex` with `target` in steps of 2 % until the contrast against `background` is enough; a colour
    /// that already has it is returned as it is.
    private static func adjusted(_ hex: String, towards target: RGB, against background: String) -> String {
        guard let color = RGB(hex: hex) else { return hex }
        for step in 0...50 {
            let candidate = RGB.hex(RGB.mix(color, target, Double(step) / 50))
            if contrast(candidate, background) >= minimumContrast { return candidate }
        }
        return RGB.hex(target)
    }
}

extension RGB {
    /// A `#rrggbb` colour, or nil for any other text.
    init?(hex: String) {
        guard hex.count == 7, hex.first == "#", let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        self.init(value)
    }

    /// WCAG 2's relative luminance.
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
}
