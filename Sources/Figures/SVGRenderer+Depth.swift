import Foundation

/// Surfaces and the paths and points drawn on them in one back-to-front order (the painter's algorithm), so a
/// path behind a hill is hidden by it. Every face, every path segment and every marker is an item with a depth;
/// items are sorted, and neighbours in that order that belong to the same mark (and appear in the same frame)
/// are drawn as one element, so a long path stays a handful of elements.
///
/// A path lying on a surface has about the depth of the faces under it, so it is moved towards the viewer by
/// half a face's depth span: it is drawn over the faces it lies on and under the ones truly in front of it.
/// A growing path of an animation (a descent path) is drawn the same way, each segment and marker appearing
/// in its frame; other animations stay on top.
extension SVGRenderer {
    struct DepthItem {
        enum Kind {
            case face(SurfaceMesh.Face)
            case segment(from: Point, to: Point)
            case marker(Point)
        }

        var depth: Double
        var kind: Kind
        /// The mark it belongs to (faces: -1) and the frame it appears in (0: always shown).
        var mark: Int
        var frame: Int
    }

    /// A path or points of a 3-D panel, as drawn, with the frame each of its points appears in.
    struct DepthMark {
        var line: LineMark?
        var scatter: ScatterMark?
        var color: String
        var appears: [Int]
    }

    /// Draws the surfaces with the marks and animation that can be depth-sorted; returns the marks left over
    /// and whether the animation was drawn.
    static func writeDepthSorted(
        meshes: [(mesh: SurfaceMesh, alpha: Double)], marks: [ColoredMark], animation: Animation?, camera: Camera3D,
        into svg: inout SVGWriter
    ) -> (rest: [ColoredMark], animated: Bool) {
        var depthMarks: [DepthMark] = []
        var rest: [ColoredMark] = []
        for mark in marks {
            switch mark.mark {
            case .line(let line) where line.zs != nil:
                depthMarks.append(DepthMark(line: line, color: mark.color, appears: Array(repeating: 0, count: line.xs.count)))
            case .scatter(let scatter) where scatter.zs != nil && scatter.colors == nil && scatter.sizes == nil:
                depthMarks.append(DepthMark(scatter: scatter, color: mark.color, appears: Array(repeating: 0, count: scatter.xs.count)))
            case .surface:
                continue
            default:
                rest.append(mark)
            }
        }
        var clock: AnimationClock?
        if let animation, let grown = growingPaths(animation, after: marks.map(\.mark)) {
            depthMarks += grown
            clock = AnimationClock(animation)
        }
        let faces = meshes.flatMap(\.mesh.faces)
        let lift = faces.isEmpty ? 0 : faces.map(\.depthSpan).reduce(0, +) / Double(faces.count) / 2
        var items = meshes.flatMap { $0.mesh.faces.map { DepthItem(depth: $0.depth, kind: .face($0), mark: -1, frame: 0) } }
        for (index, mark) in depthMarks.enumerated() {
            items += depthItems(mark, index: index, camera: camera, lift: lift)
        }
        let sorted = items.enumerated().sorted { a, b in
            a.element.depth != b.element.depth ? a.element.depth < b.element.depth : a.offset < b.offset
        }.map(\.element)
        let alpha = meshes.first?.alpha ?? 1
        writeRuns(sorted, depthMarks, clock: clock, surfaceAlpha: alpha, into: &svg)
        return (rest, clock != nil)
    }

    /// The growing lines of an animation, one per slot, when every slot is one (a path being drawn).
    private static func growingPaths(_ animation: Animation, after base: [Mark]) -> [DepthMark]? {
        let frames = animation.frames.map { Array(colored(base + $0).dropFirst(base.count)) }
        let slots = frames.map(\.count).max() ?? 0
        guard slots > 0 else { return nil }
        var paths: [DepthMark] = []
        for slot in 0..<slots {
            let marks = frames.map { slot < $0.count ? $0[slot] : nil }
            guard let (line, color, counts) = growingLine(marks), line.zs != nil else { return nil }
            let appears = (0..<line.xs.count).map { point in counts.firstIndex { $0 > point } ?? counts.count - 1 }
            paths.append(DepthMark(line: line, color: color, appears: appears))
        }
        return paths
    }

    private static func depthItems(_ mark: DepthMark, index: Int, camera: Camera3D, lift: Double) -> [DepthItem] {
        let xs = mark.line?.xs ?? mark.scatter?.xs ?? [], ys = mark.line?.ys ?? mark.scatter?.ys ?? []
        let zs = mark.line?.zs ?? mark.scatter?.zs ?? []
        let count = min(xs.count, ys.count, zs.count)
        let points = (0..<count).map { i -> (point: Point, depth: Double)? in
            guard xs[i].isFinite, ys[i].isFinite, zs[i].isFinite, let p = camera.project(xs[i], ys[i], zs[i]) else { return nil }
            return (p, camera.depth(xs[i], ys[i], zs[i]) + lift)
        }
        var items: [DepthItem] = []
        if let line = mark.line, line.lineStyle != .none, count >= 2 {
            for i in 0..<(count - 1) {
                guard let a = points[i], let b = points[i + 1] else { continue }
                items.append(DepthItem(depth: (a.depth + b.depth) / 2, kind: .segment(from: a.point, to: b.point),
                                       mark: index, frame: mark.appears[i + 1]))
            }
        }
        if mark.scatter != nil || mark.line?.marker != nil {
            for i in 0..<count {
                guard let p = points[i] else { continue }
                items.append(DepthItem(depth: p.depth, kind: .marker(p.point), mark: index, frame: mark.appears[i]))
            }
        }
        return items
    }

    /// Draws the sorted items, joining neighbours of one mark and frame (and runs of faces) into one element.
    private static func writeRuns(
        _ items: [DepthItem], _ marks: [DepthMark], clock: AnimationClock?, surfaceAlpha: Double, into svg: inout SVGWriter
    ) {
        var start = 0
        while start < items.count {
            var end = start + 1
            while end < items.count, sameRun(items[start], items[end]) { end += 1 }
            let run = items[start..<end]
            switch run.first!.kind {
            case .face:
                writeFaces(run.compactMap { if case .face(let face) = $0.kind { face } else { nil } }, alpha: surfaceAlpha, into: &svg)
            case .segment, .marker:
                writeMarkRun(run, marks[run.first!.mark], clock: clock, into: &svg)
            }
            start = end
        }
    }

    private static func sameRun(_ a: DepthItem, _ b: DepthItem) -> Bool {
        switch (a.kind, b.kind) {
        case (.face, .face): true
        case (.segment, .segment), (.marker, .marker): a.mark == b.mark && a.frame == b.frame
        default: false
        }
    }

    /// Faces stroked in their own colour (half a pixel), which closes the hairline seams anti-aliasing leaves
    /// between neighbours without drawing a mesh.
    static func writeFaces(_ faces: [SurfaceMesh.Face], alpha: Double, into svg: inout SVGWriter) {
        svg.group("g", [
            ("class", "lr-surface"), ("stroke-width", "0.5"), ("stroke-linejoin", "round"),
            ("opacity", alpha < 1 ? max(alpha, 0).svg : nil),
        ]) { svg in
            for face in faces {
                svg.leaf("path", [("fill", face.color), ("stroke", face.color), ("d", compactPolygon(face.points))])
            }
        }
    }

    private static func writeMarkRun(_ run: ArraySlice<DepthItem>, _ mark: DepthMark, clock: AnimationClock?,
                                     into svg: inout SVGWriter) {
        let frame = run.first!.frame
        let appear = frame > 0 ? clock : nil
        let alpha = mark.line?.alpha ?? mark.scatter?.alpha ?? 1
        let opacity = alpha < 1 ? max(alpha, 0).svg : nil
        // The group appears in its frame; `lr-appear` lets a reader who asks for reduced motion see it at once.
        svg.group("g", [("class", appear == nil ? nil : "lr-appear")]) { svg in
            if let appear { svg.leaf("animate", appear.attributes("opacity", appear.appearance(at: frame))) }
            switch run.first!.kind {
            case .segment:
                let d = run.map { item -> String in
                    guard case .segment(let a, let b) = item.kind else { return "" }
                    return "M\(a.x.svg) \(a.y.svg)L\(b.x.svg) \(b.y.svg)"
                }.joined()
                let line = mark.line!
                let width = positive(line.lineWidth, or: 1.5)
                svg.leaf("path", [
                    ("fill", "none"), ("stroke", mark.color), ("stroke-width", width.svg), ("stroke-linecap", "round"),
                    ("stroke-dasharray", dashArray(line.lineStyle, width: width)), ("opacity", opacity), ("d", d),
                ])
            default:
                let points = run.compactMap { item -> Point? in if case .marker(let p) = item.kind { p } else { nil } }
                if let line = mark.line, let marker = line.marker {
                    writeMarkers(marker, radius: positive(line.markerSize, or: 6) / 2, color: mark.color, at: points,
                                 opacity: opacity, into: &svg)
                } else if let scatter = mark.scatter {
                    let radius = scatter.size.isFinite && scatter.size > 0 ? scatter.size.squareRoot() / 2 : 3
                    writeMarkers(scatter.marker, radius: radius, color: mark.color, at: points, opacity: opacity, into: &svg)
                }
            }
        }
    }
}
