import Foundation

/// Frames drawn with SMIL, no script. Each mark position ("slot") across the frames is drawn the cheapest way
/// that shows it exactly: a line that grows frame by frame is drawn once and revealed by its dash offset, its
/// markers appearing as it reaches them; a line or a few points that move keep their element and change its
/// coordinates; anything else gets one group per frame, visible in its turn. Without SMIL the last frame shows.
///
/// CSS cannot pause SMIL, so the last frame is also drawn as a still copy (`lr-still`, hidden): a page that
/// honours `prefers-reduced-motion` hides the animation and shows the copy instead.
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
        svg.group("g", [("class", "lr-still"), ("display", "none")]) { svg in
            writeMarks(frames.last!, project, into: &svg)
        }
    }

    /// A line whose every frame is a beginning of its last frame: drawn whole, revealed by its dash offset.
    private static func writeTrace(_ marks: [ColoredMark?], _ clock: AnimationClock, _ project: Projector,
                                   into svg: inout SVGWriter) -> Bool {
        guard let (line, color, counts) = growingLine(marks) else { return false }
        let points = project.points(line.xs, line.ys, line.zs)
        guard points.count >= 2, points.allSatisfy({ $0 != nil }) else { return false }
        let pixels = points.map { $0! }
        var lengths = [0.0]
        for (a, b) in zip(pixels, pixels.dropFirst()) { lengths.append(lengths.last! + hypot(b.x - a.x, b.y - a.y)) }
        if line.lineStyle == .solid {
            // A dash as long as the whole line and a gap as long: the offset slides the gap off the line.
            let total = (lengths.last! + 1).rounded(.up)
            let offsets = counts.map { (total - ($0 > 0 ? lengths[min($0, pixels.count) - 1] : 0)).svg }
            writePolyline([pixels], stroke: color, width: positive(line.lineWidth, or: 1.5), style: .solid,
                          opacity: line.alpha < 1 ? line.alpha.svg : nil,
                          extra: [("stroke-dasharray", "\(total.svg) \(total.svg)")], into: &svg) { svg in
                svg.leaf("animate", clock.attributes("stroke-dashoffset", offsets))
            }
        }
        if let marker = line.marker {
            writeAppearingMarkers(marker, line, color: color, pixels: pixels, counts: counts, clock, into: &svg)
        }
        return true
    }

    /// The last frame's line and each frame's number of its points, when every frame draws a beginning of it
    /// the same way (or nothing) and some frame draws less than all of it.
    static func growingLine(_ marks: [ColoredMark?]) -> (LineMark, String, [Int])? {
        guard let last = marks.last ?? nil, case .line(let whole) = last.mark,
              whole.lineStyle == .solid || whole.lineStyle == .none else { return nil }
        var counts: [Int] = []
        for mark in marks {
            guard let mark else { counts.append(0); continue }
            guard case .line(let line) = mark.mark, mark.color == last.color, isPrefix(line, of: whole) else { return nil }
            counts.append(line.xs.count)
        }
        return counts.contains { $0 < whole.xs.count } ? (whole, last.color, counts) : nil
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
