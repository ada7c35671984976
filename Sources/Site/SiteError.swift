/// A failure that stops a build before or after its lessons (the course cannot be read, the site cannot be
/// written), named by its stage as in `write: cannot create …`. Lesson problems are diagnostics instead.
public struct SiteError: Error, Sendable, CustomStringConvertible {
    /// The stages that can fail outright.
    public enum Stage: String, Sendable {
        case course, write
    }

    public var stage: Stage
    public var message: String

    public init(_ stage: Stage, _ message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String {
        "\(stage.rawValue): \(message)"
    }
}
