/// Colours as matplotlib names them: the tab10 cycle, single letters, `C0`…`C9`,
/// `tab:` names, common CSS names and `#rrggbb` / `#rgb`.
public enum Colors {
    /// matplotlib's default colour cycle, given in turn to marks without a colour.
    public static let tab10 = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    static let tabNames = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"]

    /// CSS colour names (the values matplotlib also uses for them).
    static let named: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "orange": "#ffa500", "purple": "#800080", "gray": "#808080", "grey": "#808080", "brown": "#a52a2a",
        "pink": "#ffc0cb", "olive": "#808000", "cyan": "#00ffff", "magenta": "#ff00ff", "yellow": "#ffff00",
        "navy": "#000080", "teal": "#008080", "maroon": "#800000", "lime": "#00ff00", "gold": "#ffd700",
        "silver": "#c0c0c0", "indigo": "#4b0082", "violet": "#ee82ee", "salmon": "#fa8072", "coral": "#ff7f50",
        "crimson": "#dc143c", "tomato": "#ff6347", "turquoise": "#40e0d0", "steelblue": "#4682b4",
        "skyblue": "#87ceeb", "darkblue": "#00008b", "darkred": "#8b0000", "darkgreen": "#006400",
        "darkorange": "#ff8c00", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9", "lightblue": "#add8e6",
        "lightgreen": "#90ee90", "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "firebrick": "#b22222",
        "forestgreen": "#228b22", "royalblue": "#4169e1", "slategray": "#708090", "khaki": "#f0e68c",
    ]

    /// The `#rrggbb` form of a colour, or nil when the name is not a colour.
    public static func hex(_ name: String) -> String? {
        let key = name.lowercased()
        if key.hasPrefix("#") { return hexLiteral(key) }
        if name.count == 1, let letter = name.first, let hex = PlotFormat.colorLetters[letter] { return hex }
        if name.count == 2, name.first == "C", let index = name.last?.wholeNumberValue { return tab10[index] }
        if key.hasPrefix("tab:"), let index = tabNames.firstIndex(of: String(key.dropFirst(4))) {
            return tab10[index]
        }
        return named[key]
    }

    private static func hexLiteral(_ text: String) -> String? {
        let digits = text.dropFirst()
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        switch digits.count {
        case 6: return text
        case 3: return "#" + digits.map { "\($0)\($0)" }.joined()
        default: return nil
        }
    }
}

extension Colors {
    /// Black drawn as the page's text colour, so `"k"` lines stay visible on a dark page.
    static func ink(_ hex: String) -> String {
        hex == "#000000" ? "currentColor" : hex
    }
}

/// Hands out tab10 colours in order to marks that have none, as matplotlib's property cycle does:
/// a mark with its own colour does not advance the cycle, and an unknown name falls back to the cycle.
struct ColorCycle {
    private var next = 0

    mutating func color(for requested: String?) -> String {
        if let requested, let hex = Colors.hex(requested) { return Colors.ink(hex) }
        defer { next += 1 }
        return Colors.tab10[next % Colors.tab10.count]
    }
}
