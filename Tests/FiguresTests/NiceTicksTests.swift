import Foundation
import Testing
@testable import Figures

@Suite struct NiceTicksTests {
    @Test func integerSteps() {
        let ticks = NiceTicks.ticks(in: 0...10)
        #expect(ticks.values == [0, 2, 4, 6, 8, 10])
        #expect(ticks.labels == ["0", "2", "4", "6", "8", "10"])
        #expect(ticks.step == 2)
    }

    @Test func theLecturesParabolaWithMatplotlibMargins() {
        let x = NiceTicks.ticks(in: -5.4875...5.2375)
        #expect(x.values == [-4, -2, 0, 2, 4])
        #expect(x.labels == ["-4", "-2", "0", "2", "4"])
        let y = NiceTicks.ticks(in: -1.13...104.8)
        #expect(y.values == [0, 20, 40, 60, 80, 100])
    }

    @Test func decimalsComeFromIntegersNotFloatingPointNoise() {
        let ticks = NiceTicks.ticks(in: 0...0.9, maxCount: 10)
        #expect(ticks.step == 0.1)
        #expect(ticks.values[3] == 0.3)
        #expect(ticks.labels == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
        #expect(!ticks.labels.contains { $0.count > 3 })
    }

    @Test func stepsOfTwoAndAHalfKeepEveryDecimal() {
        let ticks = NiceTicks.ticks(in: 0...10, maxCount: 5)
        #expect(ticks.values == [0, 2.5, 5, 7.5, 10])
        #expect(ticks.labels == ["0.0", "2.5", "5.0", "7.5", "10.0"])
    }

    @Test func negativeFractions() {
        let ticks = NiceTicks.ticks(in: -3.4...0.65)
        #expect(ticks.labels == ["-3.0", "-2.5", "-2.0", "-1.5", "-1.0", "-0.5", "0.0", "0.5"])
    }

    @Test func veryLargeAndVerySmallRangesUseExponents() {
        #expect(NiceTicks.ticks(in: 0...5e6).labels == ["0", "1e6", "2e6", "3e6", "4e6", "5e6"])
        #expect(NiceTicks.ticks(in: 0...5e-7).labels == ["0", "1e-7", "2e-7", "3e-7", "4e-7", "5e-7"])
        #expect(NiceTicks.ticks(in: 0...1.5e7, maxCount: 7).labels.contains("2.5e6"))
        #expect(NiceTicks.ticks(in: -0.0665...(-0.0662)).labels.first == "-0.06650")
    }

    @Test func degenerateRangesDoNotCrash() {
        #expect(NiceTicks.ticks(in: 3...3).values == [3])
        #expect(NiceTicks.ticks(in: 1e16...(1e16 + 4)).values == [1e16, 1e16 + 4])
    }

    /// Over many ranges: 4 to 8 ticks, all inside, nice steps, covering the range to within a step.
    @Test func ticksAreNiceAndCoverTheRange() {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<2000 {
            let scale = pow(10, (next() * 16).rounded(.down) - 8)
            let a = (next() - 0.5) * 20 * scale, b = (next() - 0.5) * 20 * scale
            guard a != b else { continue }
            let range = min(a, b)...max(a, b)
            let ticks = NiceTicks.ticks(in: range)
            #expect((4...8).contains(ticks.values.count), "\(range): \(ticks.values)")
            #expect(ticks.values.allSatisfy { range.contains($0) || abs($0 - range.lowerBound) < 1e-9 * ticks.step
                || abs($0 - range.upperBound) < 1e-9 * ticks.step })
            #expect(ticks.values.first! - ticks.step < range.lowerBound)
            #expect(ticks.values.last! + ticks.step > range.upperBound)
            let mantissa = ticks.step / pow(10, log10(ticks.step).rounded(.down))
            #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "step \(ticks.step)")
            #expect(Set(ticks.labels).count == ticks.labels.count, "\(ticks.labels)")
            #expect(ticks.labels.allSatisfy { $0.count <= 9 }, "\(ticks.labels)")
        }
    }
}
