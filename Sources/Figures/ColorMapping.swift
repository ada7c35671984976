/// How a panel's colour-mapped mark turns numbers into colours: the first heat map, contour set or surface
/// decides, and its colour bar shows the same mapping.
struct ColorMapping {
    let colormap: Colormap
    let range: ClosedRange<Double>
    /// The band boundaries of filled contours, which the bar shows as bands; nil for a smooth bar.
    let bands: [Double]?

    init?(_ axes: Axes) {
        for mark in axes.marks {
            switch mark {
            case .heatmap(let heatmap):
                guard let range = heatmap.range ?? heatmap.grid.range else { continue }
                self.init(heatmap.colormap, range, bands: nil)
                return
            case .contour(let contour) where contour.colors == nil && contour.levels.count >= 2:
                let range = contour.levels[0]...contour.levels[contour.levels.count - 1]
                self.init(contour.colormap, range, bands: contour.filled ? contour.levels : nil)
                return
            case .surface(let surface):
                guard let range = axes.zlim ?? surface.grid.range else { continue }
                self.init(surface.colormap, range, bands: nil)
                return
            default:
                continue
            }
        }
        return nil
    }

    private init(_ colormap: Colormap, _ range: ClosedRange<Double>, bands: [Double]?) {
        self.colormap = colormap
        let width = range.upperBound - range.lowerBound
        self.range = width > 0 ? range : (range.lowerBound - 0.5)...(range.upperBound + 0.5)
        self.bands = bands
    }

    /// Where `value` falls between the ends of the range, from 0 to 1.
    func fraction(_ value: Double) -> Double {
        (value - range.lowerBound) / (range.upperBound - range.lowerBound)
    }

    func hex(_ value: Double) -> String { colormap.hex(at: fraction(value)) }
}
