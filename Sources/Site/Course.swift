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
    /// The path the site is served under (`/course/`), from course.yml's `url`: the 404 page, shown at any
    /// depth, links from there. Nil when the course does not say.
    public var basePath: String?

    public init(
        title: String, description: String?, folder: String, lessons: [String], diagnostics: [Diagnostic],
        basePath: String? = nil
    ) {
        self.title = title
        self.description = description
        self.folder = folder
        self.lessons = lessons
        self.diagnostics = diagnostics
        self.basePath = basePath
    }

    /// The name of the file that orders a course.
    public static let fileName = "course.yml"
}
