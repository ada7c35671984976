/// Figures computed ahead of time, one per value of a parameter, shown one at a time behind a range input.
public struct Slider: Hashable, Sendable {
    /// What the slider sets, e.g. `x`; TeX is allowed.
    public var label: String
    /// Each value as the reader sees it.
    public var values: [String]
    /// One figure per value.
    public var frames: [Figure]
    /// The frame shown first, and the only one shown without JavaScript.
    public var initial: Int

    public init(label: String, values: [String], frames: [Figure], initial: Int = 0) {
        self.label = label
        self.values = values
        self.frames = frames
        self.initial = initial
    }
}
