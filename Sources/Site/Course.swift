import Language

/// A course: its title and description, and its lessons in reading order.
public struct Course: Sendable {
    public var title: String
    public var description: String?
    /// The course folder, as the user named it.
    public var folder: String
    /// Lesson files relative to `folder`, in reading order.
    public var lessons: [String]
    /// Problems with `course.yml` (a listed lesson that is missing is an error; an unlisted one a warning).
    public var diagnostics: [Diagnostic]

    public init(title: String, description: String?, folder: String, lessons: [String], diagnostics: [Diagnostic]) {
        self.title = title
        self.description = description
        self.folder = folder
        self.lessons = lessons
        self.diagnostics = diagnostics
    }

    /// The name of the file that orders a course.
    public static let fileName = "course.yml"
}
