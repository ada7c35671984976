import Foundation
import Language

/// The check stage: a lesson is parsed, executed and rendered exactly as for its page, then held to its
/// expectations, inline values, expected errors, render warnings and snapshot.
public enum Checker {
    /// How a check runs and what it may change.
    public struct Options: Sendable {
        public var limits: Limits
        /// Seconds the whole lesson may run; nil for no limit.
        public var lessonTimeout: Double?
        /// Record the snapshot file instead of comparing with it.
        public var updateSnapshots: Bool
        /// Rewrite failing `//=>` and inline stated values in the lesson.
        public var accept: Bool

        public init(
            limits: Limits = Limits(), lessonTimeout: Double? = nil, updateSnapshots: Bool = false, accept: Bool = false
        ) {
            self.limits = limits
            self.lessonTimeout = lessonTimeout
            self.updateSnapshots = updateSnapshots
            self.accept = accept
        }
    }

    /// Checks the lesson at `path`. A lesson that cannot be read is one failing item, not a thrown error, so
    /// a folder's other lessons are still checked.
    public static func check(lessonAt path: String, options: Options = Options()) -> LessonCheck {
        let clock = ContinuousClock()
        let start = clock.now
        let lesson: Lesson
        do {
            lesson = try LessonParser.parse(contentsOf: path)
        } catch {
            let item = CheckItem(
                kind: .error, name: "read", location: SourceLocation(file: path, line: 1, column: 1), passed: false,
                message: error.message)
            return LessonCheck(path: path, items: [item], milliseconds: 0)
        }
        let executed = Executor.execute(lesson, limits: options.limits, lessonTimeout: options.lessonTimeout)
        var result = check(executed, options: options)
        result.milliseconds = start.duration(to: clock.now).milliseconds
        return result
    }

    /// Checks an executed lesson: renders it for its warnings, compares or records its snapshot, and applies
    /// `--accept`.
    public static func check(_ executed: ExecutedLesson, options: Options = Options()) -> LessonCheck {
        let path = executed.lesson.path
        let article = HTMLRenderer.article(PageContent(executed))
        var snapshotItems: [CheckItem] = []
        var updated: String?
        var problems: [CheckItem] = []
        let snapshotPath = Snapshot.path(for: path)
        if options.updateSnapshots {
            do {
                updated = try record(executed, at: snapshotPath)
            } catch {
                problems.append(failure(error, path: path))
            }
        } else if let data = FileManager.default.contents(atPath: snapshotPath),
                  let text = String(data: data, encoding: .utf8) {
            let fileName = (snapshotPath as NSString).lastPathComponent
            snapshotItems = SnapshotComparison(executed: executed, recorded: .parse(text), fileName: fileName).items()
        }
        var items = CheckItems(executed: executed).items(renderWarnings: article.diagnostics, snapshot: snapshotItems)
        var diff: String?
        if options.accept {
            do {
                if let (applied, fixed) = try Accept.apply(executed, failing: items) {
                    diff = applied
                    for index in items.indices where fixed.contains(items[index].location) { items[index].accepted = true }
                }
            } catch {
                problems.append(failure(error, path: path))
            }
        }
        return LessonCheck(
            path: path, items: items + problems, milliseconds: 0, acceptedDiff: diff, updatedSnapshot: updated)
    }

    /// Writes the snapshot when it changed; returns its path then.
    private static func record(_ executed: ExecutedLesson, at path: String) throws(NotebookError) -> String? {
        let name = (executed.lesson.path as NSString).lastPathComponent
        let text = Snapshot.record(executed).text(lesson: name)
        if let data = FileManager.default.contents(atPath: path), String(data: data, encoding: .utf8) == text {
            return nil
        }
        try AtomicFile.write(text, to: path)
        return path
    }

    private static func failure(_ error: NotebookError, path: String) -> CheckItem {
        CheckItem(
            kind: .error, name: error.stage.rawValue, location: SourceLocation(file: path, line: 1, column: 1),
            passed: false, message: error.description)
    }
}
