/// A unified diff of a file whose lines were changed in place (the same number of lines before and after),
/// with three lines of context, as `diff -u` prints it.
enum UnifiedDiff {
    static func diff(_ old: [String], _ new: [String], path: String, context: Int = 3) -> String {
        let changed = old.indices.filter { $0 < new.count && old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        var hunks: [[Int]] = []
        for line in changed {
            if let last = hunks.last?.last, line - last <= 2 * context {
                hunks[hunks.count - 1].append(line)
            } else {
                hunks.append([line])
            }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks {
            let start = max(0, hunk[0] - context), end = min(old.count - 1, hunk[hunk.count - 1] + context)
            let count = end - start + 1
            out += "@@ -\(start + 1),\(count) +\(start + 1),\(count) @@\n"
            var line = start
            while line <= end {
                guard old[line] != new[line] else {
                    out += " \(old[line])\n"
                    line += 1
                    continue
                }
                var run = line
                while run <= end, old[run] != new[run] { run += 1 }
                for index in line..<run { out += "-\(old[index])\n" }
                for index in line..<run { out += "+\(new[index])\n" }
                line = run
            }
        }
        return out
    }
}
