/// Longest common subsequences of lines, and where a sequence's other lines fall around one. Lines are
/// compared as numbers, one per distinct line, in one flat table.
enum LongestCommon {
    static func subsequence(_ a: [Substring], _ b: [Substring]) -> [Substring] {
        var numbers: [Substring: Int32] = [:]
        func number(_ line: Substring) -> Int32 {
            if let known = numbers[line] { return known }
            numbers[line] = Int32(numbers.count)
            return Int32(numbers.count - 1)
        }
        let x = a.map(number), y = b.map(number)
        let table = Table(x, y)
        var result: [Substring] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if x[i] == y[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if table[i + 1, j] >= table[i, j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    /// The lines of `lines` before each line of `common` and after the last: `common.count + 1` runs,
    /// each common line matched at its first place that leaves room for the rest. `common` must be a
    /// subsequence of `lines`.
    static func gaps(of lines: [Substring], around common: [Substring]) -> [[Substring]] {
        var result: [[Substring]] = [[]]
        var j = 0
        for line in lines {
            if j < common.count, line == common[j] {
                result.append([])
                j += 1
            } else {
                result[result.count - 1].append(line)
            }
        }
        return result
    }

    /// `self[i, j]`: the length of the longest common subsequence of `x[i...]` and `y[j...]`.
    private struct Table {
        private var cells: [Int32]
        private let width: Int

        init(_ x: [Int32], _ y: [Int32]) {
            width = y.count + 1
            cells = [Int32](repeating: 0, count: (x.count + 1) * width)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    cells[i * width + j] = x[i] == y[j]
                        ? cells[(i + 1) * width + j + 1] + 1 : max(cells[(i + 1) * width + j], cells[i * width + j + 1])
                }
            }
        }

        subscript(_ i: Int, _ j: Int) -> Int32 { cells[i * width + j] }
    }
}
