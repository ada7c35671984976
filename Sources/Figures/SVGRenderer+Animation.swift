import Foundation

/// Frames drawn with SMIL, no script. Each mark position ("slot") across the frames is drawn the cheapest way
/// that shows it exactly: a line that grows frame by frame is drawn once and revealed by its dash offset, its
/// markers appearing as it reaches them; a line or a few points that move keep their element and change its
/// coordinates; anything else gets one group per frame, visible in its turn. Without SMIL the last frame shows.
extension SVGRenderer {
    static func writeAnimation(_ animation: Animation, after base: [Mark], _ project: Projector, into svg: inout SVGWriter) {
        let frames = animation.frames.map { Array(colored(base + $0).dropFirst(base.count)) }
        guard !frames.isEmpty else { return }
        let clock = AnimationClock(animation)
        let slots = frames.map(\.count).max() ?? 0
        var fallback: Set<Int> = []
        svg.group("g", [("class", "lr-animation")]) { svg in
            for slot in 0..<slots {
                let marks = frames.map { slot < $0.count ? $0[slot] : nil }
                if writeTrace(marks, clock, project, into: &svg) { continue }
                if writeMorph(marks, clock, project, into: &svg) { continue }
                fallback.insert(slot)
            }
            guard !fallback.isEmpty else { return }
            for (index, frame) in frames.enumerated() {
                let shown = frame.indices.filter(fallback.contains).map { frame[$0] }
                guard !shown.isEmpty else { continue }
                let last = index == frames.count - 1
                svg.group("g", [("visibility", last ? nil : "hidden")]) { svg in
                    svg.leaf("animate", clock.attributes("visibility", clock.visibility(of: index)))
                    writeMarks(shown, project, into: &svg)
                }
            }
        }
    }

    /// A line whose every frame is a beginning of its last frame: drawn whole, revealed by its dash offset.
    private static func writeTrace(_ marks: [ColoredMark?], _ clock: AnimationClock, _ project: Projector,
                                   into svg: inout SVGWriter) -> Bool {
        let lines = marks.map { $0.flatMap { mark -> (LineMark, String)? in
            if case .line(let line) = mark.mark { (line, mark.color) } else { nil }
        } }
        guard let last = lines.last ?? nil, last.0.lineStyle == .solid || last.0.lineStyle == .none,
              lines.allSatisfy({ $0 == nil || Self.isPrefix($0!.0, of: last.0) && $0!.1 == last.1 }),
              lines.contains(where: { $0 == nil || $0!.0.xs.count < last.0.xs.count })
        else { return false }
        let points = project.points(last.0.xs, last.0.ys, last.0.zs)
        guard points.allSatisfy({ $0 != nil }), points.count >= 2 else { return false }
        let pixels = points.map { $0! }
        var lengths = [0.0]
        for (a, b) in zip(pixels, pixels.dropFirst()) { lengths.append(lengths.last! + hypot(b.x - a.x, b.y - a.y)) }
        let counts = lines.map { $0.map { min($0.0.xs.count, pixels.count) } ?? 0 }
        let line = last.0
        if line.lineStyle == .solid {
            let total = (lengths.last! + 1).rounded(.up)
            let offsets = counts.map { (total - ($0 > 0 ? lengths[$0 - 1] : 0)).svg }
            writePolyline([pixels], stroke: last.1, width: positive(line.lineWidth, or: 1.5), style: .solid,
                          opacity: line.alpha < 1 ? line.alpha.svg : nil,
                          extra: [("stroke-dasharray", "\(total.svg) \(total.svg)")], into: &svg) { svg in
                svg.leaf("animate", clock.attributes("stroke-dashoffset", offsets))
            }
        }
        if let marker = line.marker {
            writeAppearingMarkers(marker, line, color: last.1, pixels: pixels, counts: counts, clock, into: &svg)
        }
        return true
    }

    /// Markers grouped by the frame that reaches them; one closer than 2 pt to the previous one is left out.
    private static func writeAppearingMarkers(
        _ marker: Marker, _ line: LineMark, color: String, pixels: [Point], counts: [Int], _ clock: AnimationClock,
        into svg: inout SVGWriter
    ) {
        var groups: [Int: [Point]] = [:]
        var previous: Point?
        for (index, point) in pixels.enumerated() {
            if let previous, hypot(point.x - previous.x, point.y - previous.y) < 2, index != pixels.count - 1 { continue }
            previous = point
            let frame = counts.firstIndex { $0 > index } ?? counts.count - 1
            groups[frame, default: []].append(point)
        }
        let radius = positive(line.markerSize, or: 6) / 2
        for frame in groups.keys.sorted() {
            svg.group("g", []) { svg in
                if frame > 0 { svg.leaf("animate", clock.attributes("opacity", clock.appearance(at: frame))) }
                writeMarkers(marker, radius: radius, color: color, at: groups[frame]!, into: &svg)
            }
        }
    }

    /// A line with the same number of points in every frame, or a few moving points: one element each, its
    /// coordinates changing from frame to frame.
    private static func writeMorph(_ marks: [ColoredMark?], _ clock: AnimationClock, _ project: Projector,
                                   into svg: inout SVGWriter) -> Bool {
        guard let first = marks.first ?? nil, marks.allSatisfy({ $0 != nil }) else { return false }
        let frames = marks.map { $0! }
        guard frames.allSatisfy({ $0.color == first.color && sameShape($0.mark, first.mark) }) else { return false }
        let points = frames.map { mark -> [Point?] in
            switch mark.mark {
            case .line(let line): project.points(line.xs, line.ys, line.zs)
            case .scatter(let scatter): project.points(scatter.xs, scatter.ys, scatter.zs)
            default: []
            }
        }
        guard let count = points.first?.count, count > 0, points.allSatisfy({ $0.count == count && !$0.contains { $0 == nil } })
        else { return false }
        let pixels = points.map { $0.map { $0! } }
        if case .line(let line) = first.mark, line.lineStyle != .none, line.marker == nil {
            writePolyline([pixels.last!], stroke: first.color, width: positive(line.lineWidth, or: 1.5),
                          style: line.lineStyle, opacity: line.alpha < 1 ? line.alpha.svg : nil, into: &svg) { svg in
                svg.leaf("animate", clock.attributes("points", pixels.map(pointList)))
            }
            return true
        }
        guard count <= 20, let radius = movingRadius(first.mark) else { return false }
        svg.group("g", [("fill", first.color)]) { svg in
            for index in 0..<count {
                let final = pixels.last![index]
                svg.group("circle", [("cx", final.x.svg), ("cy", final.y.svg), ("r", radius.svg)]) { svg in
                    svg.leaf("animate", clock.attributes("cx", pixels.map { $0[index].x.svg }))
                    svg.leaf("animate", clock.attributes("cy", pixels.map { $0[index].y.svg }))
                }
            }
        }
        return true
    }

    /// The radius of a moving point drawn as a circle: scatter points, or a line of circle markers only.
    private static func movingRadius(_ mark: Mark) -> Double? {
        switch mark {
        case .scatter(let scatter) where scatter.marker == .circle && scatter.colors == nil && scatter.sizes == nil:
            return (scatter.size.isFinite && scatter.size > 0 ? scatter.size.squareRoot() / 2 : 3) + 0.5
        case .line(let line) where line.lineStyle == .none && (line.marker == .circle || line.marker == .point):
            let radius = positive(line.markerSize, or: 6) / 2
            return line.marker == .point ? radius / 2 + 0.5 : radius + 0.5
        default:
            return nil
        }
    }

    /// Same kind of mark, drawn the same way, whatever its coordinates.
    private static func sameShape(_ a: Mark, _ b: Mark) -> Bool {
        switch (a, b) {
        case (.line(var x), .line(var y)):
            (x.xs, x.ys, x.zs, y.xs, y.ys, y.zs) = ([], [], nil, [], [], nil)
            x.label = nil
            y.label = nil
            return x == y
        case (.scatter(var x), .scatter(var y)):
            (x.xs, x.ys, x.zs, y.xs, y.ys, y.zs) = ([], [], nil, [], [], nil)
            return x == y
        default:
            return false
        }
    }

    private static func isPrefix(_ line: LineMark, of whole: LineMark) -> Bool {
        line.xs.count <= whole.xs.count && line.ys.count == line.xs.count
            && line.xs[...] == whole.xs.prefix(line.xs.count) && line.ys[...] == whole.ys.prefix(line.ys.count)
            && (line.zs == nil) == (whole.zs == nil)
            && (line.zs.map { $0[...] == whole.zs!.prefix($0.count) } ?? true)
            && line.lineStyle == whole.lineStyle && line.marker == whole.marker && line.lineWidth == whole.lineWidth
    }
}

/// When each frame of an animation shows, as SMIL `keyTimes` over one cycle: the frames, then (when it
/// repeats) a pause on the last one.
struct AnimationClock {
    let frameCount: Int
    let duration: Double
    let repeats: Bool
    private let times: [String]

    init(_ animation: Animation) {
        frameCount = animation.frames.count
        let interval = animation.interval.isFinite && animation.interval > 0 ? min(animation.interval, 10) : 0.1
        repeats = animation.repeats
        let playing = interval * Double(frameCount)
        duration = playing + (repeats ? max(2, 0.25 * playing) : 0)
        let (d, n) = (duration, frameCount)
        times = (0..<n).map { Self.short(Double($0) * interval / d) }
    }

    /// The attributes of an `<animate>` stepping `attribute` through one value per frame; a value equal to
    /// the one before it is left out, as a discrete animation holds each value until the next.
    func attributes(_ attribute: String, _ values: [String]) -> SVGWriter.Attributes {
        var kept: [(time: String, value: String)] = []
        for (time, value) in zip(times, values) where kept.last?.value != value { kept.append((time, value)) }
        return [
            ("attributeName", attribute), ("values", kept.map(\.value).joined(separator: ";")),
            ("keyTimes", kept.map(\.time).joined(separator: ";")), ("dur", Self.short(duration) + "s"),
            ("calcMode", "discrete"), (repeats ? "repeatCount" : "fill", repeats ? "indefinite" : "freeze"),
        ]
    }

    /// `hidden` except during frame `index`.
    func visibility(of index: Int) -> [String] {
        (0..<frameCount).map { $0 == index ? "visible" : "hidden" }
    }

    /// Transparent before frame `index`, opaque from it on.
    func appearance(at index: Int) -> [String] {
        (0..<frameCount).map { $0 >= index ? "1" : "0" }
    }

    /// Up to four decimals, no trailing zeros.
    static func short(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
