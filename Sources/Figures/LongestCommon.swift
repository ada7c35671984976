/// Common subsequences of lines, and where a sequence's other lines fall around one. Lines are compared as
/// numbers, one per distinct line (by its bytes).
///
/// The exact longest common subsequence costs time and memory in the product of the lengths: a slider over
/// 45 000 scatter points would need an 8 GB table. So the common prefix and suffix are matched first, lines
/// that occur once in each side anchor the rest (their longest increasing run, as patience diff does), and
/// the exact table is used only on stretches small enough for it. The result is always a common
/// subsequence, the longest one whenever the stretches between anchors are small, and the time is
/// O(n log n) outside those stretches.
enum LongestCommon {
    /// The largest stretch (product of its two lengths) solved with the exact table.
    static let exactCells = 1 << 22

    static func subsequence(_ a: [Substring], _ b: [Substring]) -> [Substring] {
        var numbers: [Line: Int32] = [:]
        numbers.reserveCapacity(a.count + b.count)
        func number(_ line: Substring) -> Int32 {
            let key = Line(line)
            if let known = numbers[key] { return known }
            let next = Int32(numbers.count)
            numbers[key] = next
            return next
        }
        let x = a.map(number), y = b.map(number)
        var pairs: [(Int, Int)] = []
        match(x, 0..<x.count, y, 0..<y.count, into: &pairs)
        return pairs.map { a[$0.0] }
    }

    /// Appends to `pairs`, in order, matched positions of a common subsequence of `x[xs]` and `y[ys]`.
    private static func match(_ x: [Int32], _ xs: Range<Int>, _ y: [Int32], _ ys: Range<Int>, into pairs: inout [(Int, Int)]) {
        var (lowX, lowY, highX, highY) = (xs.lowerBound, ys.lowerBound, xs.upperBound, ys.upperBound)
        while lowX < highX, lowY < highY, x[lowX] == y[lowY] {
            pairs.append((lowX, lowY))
            lowX += 1
            lowY += 1
        }
        var suffix: [(Int, Int)] = []
        while lowX < highX, lowY < highY, x[highX - 1] == y[highY - 1] {
            highX -= 1
            highY -= 1
            suffix.append((highX, highY))
        }
        let width = highX - lowX, height = highY - lowY
        if width > 0, height > 0 {
            if width.multipliedReportingOverflow(by: height).partialValue <= exactCells {
                exact(x, lowX..<highX, y, lowY..<highY, into: &pairs)
            } else {
                anchored(x, lowX..<highX, y, lowY..<highY, into: &pairs)
            }
        }
        pairs += suffix.reversed()
    }

    /// Lines unique on both sides, matched in their longest increasing run; the stretches between them are
    /// matched in turn. With no such lines the stretch is left unmatched.
    private static func anchored(_ x: [Int32], _ xs: Range<Int>, _ y: [Int32], _ ys: Range<Int>, into pairs: inout [(Int, Int)]) {
        var countX: [Int32: Int] = [:], countY: [Int32: Int] = [:], placeY: [Int32: Int] = [:]
        for i in xs { countX[x[i], default: 0] += 1 }
        for j in ys {
            countY[y[j], default: 0] += 1
            placeY[y[j]] = j
        }
        var candidates: [(Int, Int)] = []
        for i in xs where countX[x[i]] == 1 && countY[x[i]] == 1 { candidates.append((i, placeY[x[i]]!)) }
        let anchors = increasingRun(candidates)
        guard !anchors.isEmpty else { return }
        var (fromX, fromY) = (xs.lowerBound, ys.lowerBound)
        for (i, j) in anchors {
            match(x, fromX..<i, y, fromY..<j, into: &pairs)
            pairs.append((i, j))
            (fromX, fromY) = (i + 1, j + 1)
        }
        match(x, fromX..<xs.upperBound, y, fromY..<ys.upperBound, into: &pairs)
    }

    /// The longest run of `pairs` (ordered by their first member) whose second members increase.
    private static func increasingRun(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var run: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            run.append(pairs[index])
            index = previous[index]
        }
        return run.reversed()
    }

    /// The exact longest common subsequence of a small stretch, from the table of suffix lengths.
    private static func exact(_ x: [Int32], _ xs: Range<Int>, _ y: [Int32], _ ys: Range<Int>, into pairs: inout [(Int, Int)]) {
        let width = ys.count + 1
        var cells = [Int32](repeating: 0, count: (xs.count + 1) * width)
        for i in stride(from: xs.count - 1, through: 0, by: -1) {
            for j in stride(from: ys.count - 1, through: 0, by: -1) {
                cells[i * width + j] = x[xs.lowerBound + i] == y[ys.lowerBound + j]
                    ? cells[(i + 1) * width + j + 1] + 1 : max(cells[(i + 1) * width + j], cells[i * width + j + 1])
            }
        }
        var i = 0, j = 0
        while i < xs.count, j < ys.count {
            if x[xs.lowerBound + i] == y[ys.lowerBound + j] {
                pairs.append((xs.lowerBound + i, ys.lowerBound + j))
                i += 1
                j += 1
            } else if cells[(i + 1) * width + j] >= cells[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The lines of `lines` before each line of `common` and after the last: `common.count + 1` runs,
    /// each common line matched at its first place that leaves room for the rest. `common` must be a
    /// subsequence of `lines`.
    static func gaps(of lines: [Substring], around common: [Substring]) -> [[Substring]] {
        var result: [[Substring]] = [[]]
        var j = 0
        for line in lines {
            if j < common.count, Line(line) == Line(common[j]) {
                result.append([])
                j += 1
            } else {
                result[result.count - 1].append(line)
            }
        }
        return result
    }
}

extension LongestCommon {
    /// A line as its UTF-8 bytes. Lines are the same when their bytes are, which is what a page shows; and
    /// hashing bytes skips the Unicode normalization of String hashing, which was most of the time a slider
    /// spent comparing its frames.
    struct Line: Hashable {
        let text: Substring

        init(_ text: Substring) { self.text = text }

        static func == (a: Line, b: Line) -> Bool {
            let (x, y) = (a.text.utf8, b.text.utf8)
            guard x.count == y.count else { return false }
            let equal = x.withContiguousStorageIfAvailable { x in y.withContiguousStorageIfAvailable { x.elementsEqual($0) } }
            return (equal ?? nil) ?? x.elementsEqual(y)
        }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
        }
    }
}
