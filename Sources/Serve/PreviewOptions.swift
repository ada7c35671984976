import Language

/// What `lessonrun serve` previews and how.
public struct PreviewOptions: Sendable {
    /// A course folder (previewed as the whole site) or one lesson file (previewed as its page).
    public var source: String
    /// The port on 127.0.0.1; 0 lets the system choose a free one.
    public var port: UInt16
    /// Lessons built at once.
    public var jobs: Int
    public var limits: Limits
    /// Seconds one lesson may run.
    public var lessonTimeout: Double?
    /// The lessonrun version and build, part of every cache key.
    public var tool: String
    /// Seconds between two looks at the lessons' files.
    public var pollInterval: Double

    public init(
        source: String, port: UInt16 = 8000, jobs: Int = 1, limits: Limits = Limits(), lessonTimeout: Double? = nil,
        tool: String, pollInterval: Double = 0.2
    ) {
        self.source = source
        self.port = port
        self.jobs = jobs
        self.limits = limits
        self.lessonTimeout = lessonTimeout
        self.tool = tool
        self.pollInterval = pollInterval
    }
}
