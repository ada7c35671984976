import Testing
@testable import Figures

/// The same figure gives the same bytes, whatever its kind; different figures get different ids.
@Suite struct DeterminismTests {
    @Test(arguments: GoldenTests.figures.keys.sorted())
    func threeRendersSameBytes(name: String) throws {
        let figure = try #require(GoldenTests.figures[name])
        let renders = (0..<3).map { _ in SVGRenderer.render(figure) }
        #expect(renders[0] == renders[1] && renders[1] == renders[2], "\(name) differs between renders")
    }

    @Test func idsComeFromTheContent() {
        func ids(_ figure: Figure) -> [Substring] {
            SVGRenderer.render(figure).components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        }
        let clipped = Samples.tangentFrame(0)
        var other = clipped
        other.title = "The same, titled"
        #expect(!ids(clipped).isEmpty)
        #expect(Set(ids(clipped)).isDisjoint(with: ids(other)))
        #expect(!SVGRenderer.render(clipped).contains("\u{FFFE}"))
    }
}
