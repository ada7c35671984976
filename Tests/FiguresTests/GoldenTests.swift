import Foundation
import Testing
@testable import Figures

/// Byte-for-byte comparisons with SVGs that were looked at in a browser before they were recorded.
/// Run with `FIGURES_RECORD_GOLDEN=1` to re-record after a deliberate change, then look at them again.
@Suite struct GoldenTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Named by file, so a failure names the file rather than printing the figure.
    static let figures: [String: Figure] = [
        "parabola.svg": Samples.parabola, "tangent.svg": Samples.tangent, "contours.svg": Samples.contours,
        "bowl.svg": Samples.bowl(), "micrograd.svg": Samples.diagram, "descent.svg": Samples.descent,
        "slider.html": Samples.tangentSlider,
    ]

    @Test(arguments: figures.keys.sorted())
    func matchesTheRecordedSVG(name: String) throws {
        let rendered = SVGRenderer.render(try #require(Self.figures[name]))
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FIGURES_RECORD_GOLDEN"] == "1" {
            try rendered.write(to: file, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == recorded, "\(name) differs from the recorded SVG")
    }
}
