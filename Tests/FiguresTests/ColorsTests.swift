import Testing
@testable import Figures

@Suite struct ColorsTests {
    @Test func namedAndHexColours() {
        #expect(Colors.hex("red") == "#ff0000")
        #expect(Colors.hex("Orange") == "#ffa500")
        #expect(Colors.hex("gray") == Colors.hex("grey"))
        #expect(Colors.hex("#1F77B4") == "#1f77b4")
        #expect(Colors.hex("#abc") == "#aabbcc")
        #expect(Colors.hex("tab:orange") == "#ff7f0e")
        #expect(Colors.hex("C3") == "#d62728")
        #expect(Colors.hex("k") == "#000000")
    }

    @Test(arguments: ["reddish", "#12345", "#ggg000", "", "C", "tab:mauve", "url(#x)"])
    func unknownColoursAreNil(name: String) {
        #expect(Colors.hex(name) == nil)
    }

    @Test func theCycleSkipsMarksWithTheirOwnColour() {
        var cycle = ColorCycle()
        let colors = [nil, "red", nil, "no-such-colour", nil].map { cycle.color(for: $0) }
        #expect(colors == ["#1f77b4", "#ff0000", "#ff7f0e", "#2ca02c", "#d62728"])
    }

    @Test func theCycleWrapsAfterTen() {
        var cycle = ColorCycle()
        let colors = (0..<11).map { _ in cycle.color(for: nil) }
        #expect(colors.prefix(10).elementsEqual(Colors.tab10))
        #expect(colors[10] == Colors.tab10[0])
    }
}
