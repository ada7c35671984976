/// Motion without a script: frames of marks drawn over a panel's own marks one after the other, as
/// matplotlib's `FuncAnimation` calls its function once per frame. Drawn with SMIL inside the SVG.
public struct Animation: Hashable, Sendable {
    /// The marks of each frame.
    public var frames: [[Mark]]
    /// Seconds each frame is shown (matplotlib's `interval`, in seconds).
    public var interval: Double
    /// Play again after a pause at the last frame; otherwise stop there.
    public var repeats: Bool

    public init(frames: [[Mark]], interval: Double = 0.1, repeats: Bool = true) {
        self.frames = frames
        self.interval = interval
        self.repeats = repeats
    }
}
