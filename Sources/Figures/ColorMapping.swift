/// How a panel's colour-mapped mark turns numbers into colours: the first heat map, contour set or surface
/// decides, and its colour bar shows the same mapping.
struct ColorMapping {
    let colormap: Colormap
    let range: ClosedRange<Double>
    /// The band boundaries of filled contours, which the bar shows as bands; nil for a smooth bar.
    let bands: [Double]?
    /// `.log` when the mark asked for a logarithmic colour scale; the bar's axis follows it.
    let scale: AxisScale

    init?(_ axes: Axes) {
        for mark in axes.marks {
            switch mark {
            case .heatmap(let heatmap):
                guard let range = heatmap.range ?? heatmap.grid.range else { continue }
                self.init(heatmap.colormap, range, bands: nil, scale: heatmap.norm ?? .linear)
                return
            case .contour(let contour) where contour.colors == nil && contour.levels.count >= 2:
                let range = contour.levels[0]...contour.levels[contour.levels.count - 1]
                self.init(contour.colormap, range, bands: contour.filled ? contour.levels : nil, scale: contour.norm ?? .linear)
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

    private init(_ colormap: Colormap, _ range: ClosedRange<Double>, bands: [Double]?, scale: AxisScale = .linear) {
        self.colormap = colormap
        let width = range.upperBound - range.lowerBound
        // A log scale needs positive ends; the builtins refuse non-positive data, so this only guards.
        let log = scale == .log && range.lowerBound > 0 && range.upperBound.isFinite
        self.scale = log ? .log : .linear
        if width > 0 {
            self.range = range
        } else {
            self.range = log ? (range.lowerBound / 2)...(range.upperBound * 2) : (range.lowerBound - 0.5)...(range.upperBound + 0.5)
        }
        self.bands = bands
    }

    /// Where `value` falls between the ends of the range, from 0 to 1 (in powers of ten on a log scale).
    func fraction(_ value: Double) -> Double {
        ColorMapping.fraction(value, in: range, scale)
    }

    /// Where `value` falls between the ends of `range` on `scale`, from 0 to 1.
    static func fraction(_ value: Double, in range: ClosedRange<Double>, _ scale: AxisScale) -> Double {
        PixelScale(scale, domain: range, start: 0, end: 1).fraction(value)
    }

    func hex(_ value: Double) -> String { colormap.hex(at: fraction(value)) }
}
