import Foundation
import Language

/// `check --accept`: rewrites the failing `//=>` values and inline stated values of a lesson to what the
/// run computed, changing nothing else on their lines, and writes the file atomically.
public enum Accept {
    /// One replacement: the written value at a lesson position, and what replaces it.
    struct Edit {
        var line: Int
        var column: Int
        var old: String
        var new: String
    }

    /// Rewrites the lesson file; returns the unified diff of the change (nil when nothing changed) and the
    /// positions of the items it fixed. The file must still be the text the run read.
    static func apply(
        _ executed: ExecutedLesson, failing items: [CheckItem]
    ) throws(NotebookError) -> (diff: String, fixed: Set<SourceLocation>)? {
        let edits = self.edits(executed, failing: items)
        guard !edits.isEmpty else { return nil }
        let path = executed.lesson.path
        guard let data = FileManager.default.contents(atPath: path), let original = String(data: data, encoding: .utf8)
        else { throw NotebookError(.read, "cannot read \(path) to accept its values") }
        var text = TextLines(original)
        // Foundation drops a byte-order mark when it decodes; the file keeps it.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { text.hasByteOrderMark = true }
        guard text.lines == executed.lesson.sourceLines else {
            throw NotebookError(.write, "\(path) changed while it was being checked; run check --accept again")
        }
        let before = text.lines
        var fixed: Set<SourceLocation> = []
        for edit in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            var characters = Array(text.lines[edit.line - 1])
            let start = edit.column - 1
            characters.replaceSubrange(start..<start + edit.old.count, with: Array(edit.new))
            text.lines[edit.line - 1] = String(characters)
            fixed.insert(SourceLocation(file: path, line: edit.line, column: edit.column))
        }
        // A symbolic link is written through, so the lesson it names gets the new values and the link stays.
        try AtomicFile.write(text.text, to: FilePaths.realPath(path) ?? path)
        let diff = UnifiedDiff.diff(before, text.lines, path: path)
        return (diff, fixed)
    }

    /// The edits for the failing expectations and inline values whose written value stands where the run says.
    static func edits(_ executed: ExecutedLesson, failing items: [CheckItem]) -> [Edit] {
        let lesson = executed.lesson
        let toleranceAt = explicitTolerances(executed)
        return items.compactMap { item -> Edit? in
            guard !item.passed, item.kind == .expectation || item.kind == .inlineValue,
                  let written = item.expected, let actual = item.actual else { return nil }
            let old = valuePart(of: written)
            let characters = Array(lesson.sourceLine(item.line))
            let start = item.column - 1
            guard start >= 0, start + old.count <= characters.count,
                  String(characters[start..<start + old.count]) == old else { return nil }
            let bound = bound(in: written) ?? toleranceAt[item.line]
            let new = replacement(for: old, actual: actual, tolerance: bound)
            return new == old ? nil : Edit(line: item.line, column: item.column, old: old, new: new)
        }
    }

    /// The lesson's or a cell's `tolerance` in force on each line of the cells; expectations with `±` state
    /// their own.
    private static func explicitTolerances(_ executed: ExecutedLesson) -> [Int: Double] {
        var tolerances: [Int: Double] = [:]
        for cell in executed.lesson.cells {
            guard let tolerance = cell.options.tolerance ?? executed.lesson.frontMatter.tolerance else { continue }
            for line in cell.range.start.line...cell.range.end.line { tolerances[line] = tolerance }
        }
        if let tolerance = executed.lesson.frontMatter.tolerance {
            for inline in executed.lesson.inlineCells { tolerances[inline.statedLocation?.line ?? 0] = tolerance }
        }
        return tolerances
    }

    /// The written value without a trailing `± tol` (or `+- tol`).
    public static func valuePart(of written: String) -> String {
        for marker in ["±", "+-"] {
            if let range = written.range(of: marker, options: .backwards),
               Double(written[range.upperBound...].trimmingBlanks()) != nil {
                return written[..<range.lowerBound].trimmingBlanks()
            }
        }
        return written.trimmingBlanks()
    }

    private static func bound(in written: String) -> Double? {
        for marker in ["±", "+-"] {
            if let range = written.range(of: marker, options: .backwards),
               let tolerance = Double(written[range.upperBound...].trimmingBlanks()) {
                return tolerance
            }
        }
        return nil
    }

    /// The computed value written the way the old one was: when both have the same shape (`0.69`,
    /// `[0.5, 1.25]`), each number keeps its written decimals, more only when a stated tolerance needs them;
    /// otherwise the computed display in full.
    static func replacement(for old: String, actual: String, tolerance: Double?) -> String {
        let oldTokens = SnapshotText.tokens(old), newTokens = SnapshotText.tokens(actual)
        guard oldTokens.count == newTokens.count else { return actual }
        var out = ""
        for (a, b) in zip(oldTokens, newTokens) {
            switch (a, b) {
            case (.number(_, let written), .number(let value, _)):
                guard let text = rounded(value, like: written, tolerance: tolerance) else { return actual }
                out += text
            case (.text(let x), .text(let y)) where x.filter({ $0 != " " }) == y.filter({ $0 != " " }):
                out += x
            default:
                return actual
            }
        }
        return out
    }

    /// `value` with the written number's decimals (or more, up to what `tolerance` needs); nil for numbers
    /// written with an exponent, which keep the computed display.
    private static func rounded(_ value: Double, like written: String, tolerance: Double?) -> String? {
        guard value.isFinite, !written.lowercased().contains("e") else { return nil }
        var decimals = written.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        while true {
            var text = String(format: "%.\(decimals)f", value)
            if Double(text) == 0, text.hasPrefix("-") { text.removeFirst() }
            let error = abs((Double(text) ?? .nan) - value)
            let bound = tolerance ?? (decimals == 0 ? 0 : 0.5 * pow(10, -Double(decimals)))
            if error <= bound || decimals >= 17 { return text }
            decimals += 1
        }
    }
}
