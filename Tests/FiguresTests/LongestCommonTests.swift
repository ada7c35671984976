import Foundation
import Testing

@testable import Figures

/// The slider's frame comparison: always a common subsequence, the longest one on small inputs, and fast on
/// frames of tens of thousands of differing lines (it once built an 8 GB table for 45 000 points).
@Suite("Common subsequences of frame lines")
struct LongestCommonTests {
    /// A small deterministic generator, so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func isSubsequence(_ small: [Substring], of large: [Substring]) -> Bool {
        var j = 0
        for line in large where j < small.count && line == small[j] { j += 1 }
        return j == small.count
    }

    func lcsLength(_ a: [Substring], _ b: [Substring]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    @Test func smallInputsGetTheLongestCommonSubsequence() {
        var generator = Generator(state: 7)
        for _ in 0..<300 {
            let a = (0..<generator.next(40)).map { _ in Substring("l\(generator.next(6))") }
            let b = (0..<generator.next(40)).map { _ in Substring("l\(generator.next(6))") }
            let common = LongestCommon.subsequence(a, b)
            #expect(isSubsequence(common, of: a) && isSubsequence(common, of: b))
            #expect(common.count == lcsLength(a, b))
        }
    }

    @Test func largeFramesAreMatchedAroundTheirSharedLinesQuickly() {
        let n = 45_000
        let head: [Substring] = ["<svg>", "<g class=\"axes\">", "</g>"]
        let a = head + (0..<n).map { Substring("<circle cx=\"\($0)\" cy=\"\($0)\"/>") } + ["<text>x</text>", "</svg>"]
        let b = head + (0..<n).map { Substring("<circle cx=\"\($0)\" cy=\"\(2 * $0)\"/>") } + ["<text>x</text>", "</svg>"]
        let clock = ContinuousClock()
        let start = clock.now
        let common = LongestCommon.subsequence(a, b)
        #expect(start.duration(to: clock.now) < .seconds(10), "the exact table would take minutes and 8 GB")
        #expect(isSubsequence(common, of: a) && isSubsequence(common, of: b))
        // Every shared line is found: the head, the circle at 0 (same in both) and the tail.
        #expect(common.count == head.count + 1 + 2)
        let gaps = LongestCommon.gaps(of: b, around: common)
        #expect(gaps.count == common.count + 1)
        #expect(gaps.map(\.count).reduce(0, +) == b.count - common.count)
    }

    @Test func anchorsKeepLongestMatchesInLargeShuffledInput() {
        var generator = Generator(state: 11)
        let shared = (0..<3_000).map { Substring("s\($0)") }
        var a: [Substring] = [], b: [Substring] = []
        for line in shared {
            a.append(line)
            b.append(line)
            for _ in 0..<generator.next(3) { a.append(Substring("a\(generator.next(1_000_000))")) }
            for _ in 0..<generator.next(3) { b.append(Substring("b\(generator.next(1_000_000))")) }
        }
        let common = LongestCommon.subsequence(a, b)
        #expect(isSubsequence(common, of: a) && isSubsequence(common, of: b))
        #expect(common.count >= shared.count)
    }

    @Test("lines are the same when their bytes are: canonically equivalent spellings stay apart")
    func linesCompareBytes() {
        let composed: Substring = "<text>caf\u{E9}</text>", decomposed: Substring = "<text>cafe\u{301}</text>"
        #expect(composed == decomposed)  // equal as Strings
        #expect(LongestCommon.Line(composed) != LongestCommon.Line(decomposed))
        #expect(LongestCommon.Line(composed) == LongestCommon.Line("<text>caf\u{E9}</text>"[...]))
        #expect(LongestCommon.subsequence([composed, "<g>"], [decomposed, "<g>"]) == ["<g>"])
        let gaps = LongestCommon.gaps(of: [decomposed, "<g>"], around: ["<g>"])
        #expect(gaps == [[decomposed], []])
    }

    @Test("splitting a slider frame into lines on bytes gives the lines a split on Characters gives",
          arguments: ["", "\n", "a\nb", "\n\na\n\nb\n\n", "<g>\n\u{301}x\n</g>", "é\nü\n😀\n", "a\r\nb\nc\r", "\r\n\r\n"])
    func linesSplitLikeCharacters(text: String) {
        #expect(SliderRenderer.lines(text) == text.split(separator: "\n"))
    }
}
