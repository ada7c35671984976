import Testing
@testable import Figures

@Suite struct PlotFormatTests {
    @Test func lecturesFormatStrings() throws {
        let dashedRed = try PlotFormat.parse("r--")
        #expect(dashedRed.color == "#ff0000" && dashedRed.lineStyle == .dashed && dashedRed.marker == nil)
        let circlesAndLine = try PlotFormat.parse("o-")
        #expect(circlesAndLine.color == nil && circlesAndLine.lineStyle == .solid && circlesAndLine.marker == .circle)
        let pointsAndLine = try PlotFormat.parse(".-")
        #expect(pointsAndLine.lineStyle == .solid && pointsAndLine.marker == .point)
        let blue = try PlotFormat.parse("b-")
        #expect(blue.color == "#0000ff" && blue.lineStyle == .solid && blue.marker == nil)
    }

    @Test func aMarkerAloneMeansNoLine() throws {
        let redCircles = try PlotFormat.parse("ro")
        #expect(redCircles.color == "#ff0000" && redCircles.lineStyle == LineStyle.none && redCircles.marker == .circle)
        #expect(try PlotFormat.parse("o").lineStyle == LineStyle.none)
    }

    @Test func aColourAloneLeavesTheLineStyleToTheDefault() throws {
        let green = try PlotFormat.parse("g")
        #expect(green.color == "#008000" && green.lineStyle == nil && green.marker == nil)
        let empty = try PlotFormat.parse("")
        #expect(empty.color == nil && empty.lineStyle == nil && empty.marker == nil)
    }

    @Test(arguments: [
        ("-", LineStyle.solid), ("--", .dashed), ("-.", .dashDot), (":", .dotted), ("k-.", .dashDot), ("--k", .dashed),
    ])
    func lineStyles(format: String, expected: LineStyle) throws {
        #expect(try PlotFormat.parse(format).lineStyle == expected)
    }

    @Test(arguments: [
        ("o", Marker.circle), (".", .point), ("s", .square), ("^", .triangle), ("v", .triangleDown),
        ("+", .plus), ("x", .cross), ("*", .star), ("d", .diamond),
    ])
    func markers(format: String, expected: Marker) throws {
        #expect(try PlotFormat.parse(format).marker == expected)
    }

    @Test func colourLettersAndCycleColours() throws {
        let letters = try "bgrcmykw".map { try PlotFormat.parse(String($0)).color }
        #expect(letters == ["#0000ff", "#008000", "#ff0000", "#00bfbf", "#bf00bf", "#bfbf00", "#000000", "#ffffff"])
        #expect(try PlotFormat.parse("C1:").color == "#ff7f0e")
    }

    @Test func unknownCharacterIsAnErrorThatSaysWhatIsAllowed() {
        #expect(throws: PlotFormatError.self) { try PlotFormat.parse("rq") }
        do {
            _ = try PlotFormat.parse("r-q")
            Issue.record("expected an error")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("'q'") && message.contains("\"r-q\""))
            #expect(message.contains("line style") && message.contains("marker"))
        }
    }

    @Test(arguments: ["rg", "--:", "os", "r-b", "-.-"])
    func twoOfAKindIsAnError(format: String) {
        #expect(throws: PlotFormatError.self) { try PlotFormat.parse(format) }
    }
}
