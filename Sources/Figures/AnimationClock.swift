import Foundation

/// When each frame of an animation shows, as SMIL `keyTimes` over one cycle: the frames, then (when it
/// repeats) a pause on the last one.
struct AnimationClock {
    let frameCount: Int
    let duration: Double
    let repeats: Bool
    private let times: [String]
    /// `dur` as written: formatting a number is most of the cost of an `<animate>`, and a figure can have hundreds.
    private let durationText: String

    init(_ animation: Animation) {
        frameCount = animation.frames.count
        let interval = animation.interval.isFinite && animation.interval > 0 ? min(animation.interval, 10) : 0.1
        repeats = animation.repeats
        let playing = interval * Double(frameCount)
        duration = playing + (repeats ? max(2, 0.25 * playing) : 0)
        let (d, n) = (duration, frameCount)
        times = (0..<n).map { Self.short(Double($0) * interval / d) }
        durationText = Self.short(duration) + "s"
    }

    /// The attributes of an `<animate>` stepping `attribute` through one value per frame; a value equal to
    /// the one before it is left out, as a discrete animation holds each value until the next.
    func attributes(_ attribute: String, _ values: [String]) -> SVGWriter.Attributes {
        var kept: [(time: String, value: String)] = []
        for (time, value) in zip(times, values) where kept.last?.value != value { kept.append((time, value)) }
        return [
            ("attributeName", attribute), ("values", kept.map(\.value).joined(separator: ";")),
            ("keyTimes", kept.map(\.time).joined(separator: ";")), ("dur", durationText),
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
