import Figures
import Testing
@testable import Language

/// A frame's value reads as a literal would: whole numbers as integers whatever holds them, so a slider over
/// `stride(…, by: 0.5)` labels its frame "x = -2", as a cell calling the same function with -2 does.
@Suite struct FrameValueTests {
    private func slider(_ values: String) throws -> Slider {
        let result = Session().run(
            "slider(\(values)) { x in plot([0, 1], [x, x])\ntitle(\"x = \\(x)\") }",
            origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
        #expect(!result.failed, "\(result.diagnostics)")
        guard case .figure(let figure)? = result.outputs.first, case .slider(let slider) = figure.content else {
            throw SliderMissing()
        }
        return slider
    }

    struct SliderMissing: Error {}

    @Test func wholeNumbersFromAnArrayReadAsIntegers() throws {
        let slider = try slider("stride(from: -1, through: 1, by: 0.5)")
        #expect(slider.values == ["-1", "-0.5", "0", "0.5", "1"])
        #expect(slider.frames.map { $0.panels.first?.title } == ["x = -1", "x = -0.5", "x = 0", "x = 0.5", "x = 1"])
    }

    @Test func arraysTensorsAndRangesAgree() throws {
        let expected = ["0", "1", "2"]
        #expect(try slider("[0.0, 1.0, 2.0]").values == expected)
        #expect(try slider("tensor([0.0, 1.0, 2.0])").values == expected)
        #expect(try slider("0...2").values == expected)
    }
}
