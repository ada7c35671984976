import Testing
@testable import Figures

@Suite struct HistogramTests {
    @Test func binsAreHalfOpenButTheLastIncludesItsRightEdge() {
        let edges = Histogram.edges([1, 2, 2, 3, 3, 3], count: 2)
        #expect(edges == [1, 2, 3])
        #expect(Histogram.counts([1, 2, 2, 3, 3, 3], edges: edges) == [1, 5])
    }

    @Test func valuesOutsideAndNaNsAreNotCounted() {
        #expect(Histogram.counts([-1, 0, 0.5, 1, 2, .nan], edges: [0, 0.5, 1]) == [1, 2])
    }

    @Test func densityIntegratesToOne() {
        let edges = [0.0, 1, 3]
        let density = Histogram.counts([0.2, 0.4, 1.5, 2.5], edges: edges, density: true)
        let integral = zip(density, zip(edges, edges.dropFirst())).reduce(0) { $0 + $1.0 * ($1.1.1 - $1.1.0) }
        #expect(abs(integral - 1) < 1e-12)
        #expect(density == [0.5, 0.25])
    }

    @Test func aSingleValueGetsABinOfWidthOne() {
        #expect(Histogram.edges([4, 4], count: 1) == [3.5, 4.5])
    }
}
