import Language

/// One build of a preview, as the terminal shows it.
public struct PreviewBuild: Sendable {
    /// The files whose change started the build; empty for the first one.
    public var changed: [String]
    /// The findings of the lessons that ran (every lesson, on the first build).
    public var findings: [Diagnostic]
    /// "built 3 lessons (1 run, 2 cached), 40 ms → …", or the lesson's summary line.
    public var line: String
    /// Why the build failed outright (the course or a lesson could not be read); the pages show it too.
    public var problem: String?
}
