import Testing
@testable import Figures

@Suite struct LogTicksAndLevelsTests {
    @Test func powersOfTenLabelledAsPowers() {
        let ticks = NiceTicks.logTicks(in: 0.5...2000)
        #expect(ticks.values == [1, 10, 100, 1000])
        #expect(ticks.labels == ["$10^{0}$", "$10^{1}$", "$10^{2}$", "$10^{3}$"])
        let small = NiceTicks.logTicks(in: 1e-4...0.2)
        #expect(small.values.first.map { abs($0 - 1e-4) < 1e-18 } == true)
        #expect(small.labels.first == "$10^{-4}$")
    }

    @Test func manyDecadesSkipSome() {
        let ticks = NiceTicks.logTicks(in: 1e-10...1e10, maxCount: 6)
        #expect(ticks.values.count <= 6 && ticks.values.count >= 3)
        #expect(ticks.labels.contains("$10^{0}$"))
    }

    @Test func lessThanTwoDecadesUseOneTwoFive() {
        let ticks = NiceTicks.logTicks(in: 1.5...30)
        #expect(ticks.values == [2, 5, 10, 20])
        #expect(ticks.labels == ["2", "5", "10", "20"])
    }

    @Test func contourLevelsCoverTheData() {
        let levels = NiceTicks.levels(covering: -6.55...8.11, count: 10)
        #expect(levels.first! <= -6.55 && levels.last! >= 8.11)
        #expect(levels.count >= 6 && levels.count <= 12)
        let steps = zip(levels, levels.dropFirst()).map { $1 - $0 }
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 1e-9 })
        #expect([1.0, 2, 2.5, 5].contains { abs(steps[0] / pow10(steps[0]) - $0) < 1e-9 }, "a nice step")
    }

    private func pow10(_ value: Double) -> Double {
        var p = 1.0
        while p * 10 <= value { p *= 10 }
        while p > value { p /= 10 }
        return p
    }
}
