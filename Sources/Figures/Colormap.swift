/// Colour maps from numbers in 0…1 to colours: the perceptually uniform viridis and plasma, a diverging
/// red–blue map for signed values, and two greys: matplotlib's `Greys` (white to black, as `binary`) and `gray`
/// (black to white, as images are shown). Each is a table of evenly spaced anchors, interpolated linearly.
public enum Colormap: String, Hashable, Sendable, CaseIterable {
    case viridis, plasma, coolwarm, greys, gray

    /// The colour at `t`, clamped to 0…1, as `#rrggbb`; NaN gives the first colour.
    public func hex(at t: Double) -> String {
        RGB.hex(rgb(at: t))
    }

    /// The colour at `t` as red, green and blue in 0…1.
    public func rgb(at t: Double) -> RGB {
        let anchors = self.anchors
        let clamped = t.isNaN ? 0 : min(max(t, 0), 1)
        let position = clamped * Double(anchors.count - 1)
        let index = min(Int(position), anchors.count - 2)
        return RGB.mix(anchors[index], anchors[index + 1], position - Double(index))
    }

    /// Looks a map up by its matplotlib name (`"viridis"`, `"RdBu"`, …); nil when unknown.
    public init?(name: String) {
        switch name.lowercased() {
        case "viridis": self = .viridis
        case "plasma": self = .plasma
        case "coolwarm", "rdbu", "rdbu_r", "bwr": self = .coolwarm
        case "greys", "binary", "gray_r", "grey_r": self = .greys
        case "gray", "grey", "greys_r", "binary_r": self = .gray
        default: return nil
        }
    }

    private var anchors: [RGB] {
        switch self {
        case .viridis: Self.viridisAnchors
        case .plasma: Self.plasmaAnchors
        case .coolwarm: Self.coolwarmAnchors
        case .greys: Self.greysAnchors
        case .gray: Self.grayAnchors
        }
    }

    // Eleven evenly spaced samples of each published map.
    private static let viridisAnchors = [
        0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C, 0x22A884, 0x43BF71, 0x7AD151, 0xBBDF27, 0xFDE725,
    ].map(RGB.init)
    private static let plasmaAnchors = [
        0x0D0887, 0x41049D, 0x6A00A8, 0x8F0DA4, 0xB12A90, 0xCC4778, 0xE16462, 0xF2844B, 0xFCA636, 0xFCCE25, 0xF0F921,
    ].map(RGB.init)
    /// Blue for low values, white in the middle, red for high ones.
    private static let coolwarmAnchors = [
        0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F,
    ].map(RGB.init)
    private static let greysAnchors = [0xFFFFFF, 0x000000].map(RGB.init)
    private static let grayAnchors = [0x000000, 0xFFFFFF].map(RGB.init)
}

/// A colour as red, green and blue fractions.
public struct RGB: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    init(_ packed: Int) {
        self.init(red: Double((packed >> 16) & 0xFF) / 255, green: Double((packed >> 8) & 0xFF) / 255,
                  blue: Double(packed & 0xFF) / 255)
    }

    static func mix(_ a: RGB, _ b: RGB, _ t: Double) -> RGB {
        RGB(red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
            blue: a.blue + (b.blue - a.blue) * t)
    }

    /// This colour scaled towards black (`factor` < 1) or white (`factor` > 1, by the excess).
    func shaded(_ factor: Double) -> RGB {
        factor <= 1
            ? RGB(red: red * factor, green: green * factor, blue: blue * factor)
            : RGB.mix(self, RGB(red: 1, green: 1, blue: 1), min(factor - 1, 1))
    }

    static func hex(_ color: RGB) -> String {
        func byte(_ value: Double) -> String {
            let b = Int((min(max(value, 0), 1) * 255).rounded())
            return (b < 16 ? "0" : "") + String(b, radix: 16)
        }
        return "#" + byte(color.red) + byte(color.green) + byte(color.blue)
    }

    public var hex: String { Self.hex(self) }
}
