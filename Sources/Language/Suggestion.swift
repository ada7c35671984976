/// "Did you mean" suggestions: the closest known name by edit distance, when it is close enough to help.
public enum Suggestion {
    /// Names longer than this get no suggestion: no one mistypes a known name that badly, and the distance
    /// table would grow with the square of a hostile 200 000-character name.
    static let longestName = 64

    /// Python's and numpy's names that authors bring with them, and what swift-nn writes for each.
    static let equivalents: [String: String] = [
        "concatenate": "concat", "hstack": "concat", "vstack": "stack", "column_stack": "columnStack",
        "len": "xs.count", "range": "0..<n", "True": "true", "False": "false", "None": "nil",
        "float": "Double", "int": "Int", "str": "String",
    ]

    /// Python modules whose functions swift-nn has as builtins of the same names.
    static let pythonModules: Set<String> = ["np", "numpy", "math", "plt", "pyplot"]

    public static func nearest(to name: String, in candidates: [String]) -> String? {
        guard name.utf8.count <= longestName else { return nil }
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in Set(candidates) where candidate != name && !candidate.hasPrefix("$")
            && abs(candidate.count - name.count) <= limit {
            let d = distance(name.lowercased(), candidate.lowercased())
            if d <= limit, best == nil || d < best!.distance || (d == best!.distance && candidate < best!.name) {
                best = (candidate, d)
            }
        }
        return best?.name
    }

    /// Levenshtein distance, with a transposition counting as one edit (`gardient` → `gradient`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
