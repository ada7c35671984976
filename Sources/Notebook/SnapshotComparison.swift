import Language

/// Holds a run's snapshot against the recorded one: one check item per cell (and one for the inline values),
/// failing with the first number or text that drifted, named by its cell.
struct SnapshotComparison {
    let executed: ExecutedLesson
    let recorded: Snapshot
    /// The snapshot file's name, for messages.
    let fileName: String

    func items() -> [CheckItem] {
        let current = Snapshot.record(executed)
        var recordedByKey: [String: Snapshot.Section] = [:]
        for section in recorded.sections { recordedByKey[section.key] = section }
        var items = current.sections.map { section in
            item(for: section, recorded: recordedByKey[section.key])
        }
        let currentKeys = Set(current.sections.map(\.key))
        for section in recorded.sections where !currentKeys.contains(section.key) {
            items.append(CheckItem(
                kind: .snapshot, name: "snapshot of \(section.key)", location: location(line: 1), passed: false,
                message: "\(fileName) records \(section.key), which the lesson no longer has; "
                    + "run `lessonrun check --update-snapshots` to record the lesson as it is",
                sourceLine: executed.lesson.sourceLine(1)))
        }
        return items
    }

    private func item(for section: Snapshot.Section, recorded: Snapshot.Section?) -> CheckItem {
        let line = section.line ?? executed.lesson.inlineCells.first?.location.line ?? 1
        let sourceLine = executed.lesson.sourceLine(line)
        let name = "snapshot of \(section.key)"
        guard let recorded else {
            return CheckItem(
                kind: .snapshot, name: name, location: location(line: line), passed: false,
                message: "\(section.key) is not in \(fileName); run `lessonrun check --update-snapshots` to record it",
                sourceLine: sourceLine, length: sourceLine.count)
        }
        guard let (was, now, inLine) = firstDifference(recorded.lines, section.lines, key: section.key) else {
            return CheckItem(
                kind: .snapshot, name: name, location: location(line: line), passed: true, sourceLine: sourceLine)
        }
        return CheckItem(
            kind: .snapshot, name: name, location: location(line: line), passed: false,
            message: "\(section.key) drifted from \(fileName): recorded \(was), now \(now)"
                + (inLine.map { " (in `\($0)`)" } ?? ""),
            expected: was, actual: now, sourceLine: sourceLine, length: sourceLine.count)
    }

    /// The first recorded and current values that differ, and the current line they are in.
    private func firstDifference(_ old: [String], _ new: [String], key: String) -> (String, String, String?)? {
        let tolerance = SnapshotText.Tolerance(absolute: tolerance(for: key))
        for (a, b) in zip(old, new) {
            if let (x, y) = SnapshotText.difference(a, b, tolerance: tolerance) {
                return x == a && y == b ? ("`\(a)`", "`\(b)`", nil) : (x, y, b)
            }
        }
        guard old.count != new.count else { return nil }
        let was = old.count > new.count ? "`\(old[new.count])`" : "nothing more"
        let now = new.count > old.count ? "`\(new[old.count])`" : "nothing more"
        return (was + " (\(Summary.count(old.count, "line")))", now + " (\(Summary.count(new.count, "line")))", nil)
    }

    /// A cell's `tolerance`, else the lesson's.
    private func tolerance(for key: String) -> Double? {
        let cell = executed.lesson.cells.first { Snapshot.key($0) == key }
        return cell?.options.tolerance ?? executed.lesson.frontMatter.tolerance
    }

    private func location(line: Int) -> SourceLocation {
        SourceLocation(file: executed.lesson.path, line: line, column: 1)
    }
}
