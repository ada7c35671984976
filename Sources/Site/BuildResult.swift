import Language
import Notebook

/// What a build did for one lesson.
public struct LessonBuild: Sendable {
    /// The lesson file, as the build named it (`lessons/gd.md`).
    public var path: String
    /// Its page, from the top of the site (`gd.html`).
    public var page: String
    public var title: String
    /// The counts, with the lesson's time.
    public var summary: Summary
    /// Everything the author should read: the lesson's findings, then the render stage's warnings.
    public var findings: [Diagnostic]
    /// How many cells and inline values ran; 0 when the cache had the lesson.
    public var executedUnits: Int
    /// Why the lesson ran (`cell 3 (line 41) changed`), or nil when the cache had it.
    public var reason: String?

    public var failed: Bool { summary.failed }
}

/// What a site build did: the course, each lesson in order, and the course's own findings.
public struct BuildResult: Sendable {
    public var course: Course
    public var lessons: [LessonBuild]
    /// Files the lessons named that were kept out of the site, sorted.
    public var unpublished: [UnpublishedFile]
    /// The output folder, as given.
    public var output: String
    public var milliseconds: Double

    /// A lesson failed, or the course file has an error.
    public var failed: Bool {
        lessons.contains(where: \.failed) || course.diagnostics.contains { $0.severity == .error }
    }

    public var executedUnits: Int {
        lessons.reduce(0) { $0 + $1.executedUnits }
    }

    /// "built 12 lessons (3 run, 9 cached), 1 failed, 1.2 s → output/".
    public var line: String {
        let ran = lessons.filter { $0.reason != nil }.count
        let failed = lessons.filter(\.failed).count
        var text = "built \(Summary.count(lessons.count, "lesson")) (\(ran) run, \(lessons.count - ran) cached)"
        if failed > 0 { text += ", \(failed) failed" }
        let seconds = milliseconds >= 1_000
            ? "\((milliseconds / 100).rounded() / 10) s" : "\(Int(milliseconds.rounded())) ms"
        return text + ", \(seconds) → \(output)"
    }
}
