/// A failure that stops the pipeline, named by the stage it happened in (`read: cannot read …`).
public struct NotebookError: Error, Sendable, CustomStringConvertible {
    /// The pipeline stages that can fail outright; the others report problems as diagnostics instead.
    public enum Stage: String, Sendable {
        case read, write
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
