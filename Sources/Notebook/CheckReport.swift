/// What `check` found in one lesson: every item in lesson order, the time it took, and the diff of what
/// `--accept` changed.
public struct LessonCheck: Sendable, Hashable, Codable {
    public var path: String
    public var items: [CheckItem]
    public var milliseconds: Double
    /// The unified diff `--accept` applied to the lesson; nil when it changed nothing.
    public var acceptedDiff: String?
    /// The snapshot file `--update-snapshots` wrote; nil when it wrote none.
    public var updatedSnapshot: String?

    public init(
        path: String, items: [CheckItem], milliseconds: Double, acceptedDiff: String? = nil,
        updatedSnapshot: String? = nil
    ) {
        self.path = path
        self.items = items
        self.milliseconds = milliseconds
        self.acceptedDiff = acceptedDiff
        self.updatedSnapshot = updatedSnapshot
    }

    public var failures: [CheckItem] {
        items.filter(\.counts)
    }

    public var passed: Bool {
        failures.isEmpty
    }
}

/// What `check` found in all the lessons it ran, in the order they were named.
public struct CheckReport: Sendable, Hashable, Codable {
    public var lessons: [LessonCheck]

    public init(lessons: [LessonCheck]) {
        self.lessons = lessons
    }

    public var passed: Bool {
        lessons.allSatisfy(\.passed)
    }

    public var itemCount: Int {
        lessons.reduce(0) { $0 + $1.items.count }
    }

    public var failureCount: Int {
        lessons.reduce(0) { $0 + $1.failures.count }
    }

    /// "3 lessons, 41 checks, 2 failed".
    public var summary: String {
        let failed = failureCount
        return "\(Summary.count(lessons.count, "lesson")), \(Summary.count(itemCount, "check")), "
            + (failed == 0 ? "all held" : "\(failed) failed")
    }
}
