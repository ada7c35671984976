import Foundation
import Testing
@testable import Figures

/// Byte-for-byte comparisons with SVGs that were looked at in a browser before they were recorded.
/// Run with `FIGURES_RECORD_GOLDEN=1` to re-record after a deliberate change, then look at them again.
@Suite struct GoldenTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    @Test(arguments: [("parabola.svg", Samples.parabola), ("tangent.svg", Samples.tangent)])
    func matchesTheRecordedSVG(name: String, figure: Figure) throws {
        let rendered = SVGRenderer.render(figure)
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FIGURES_RECORD_GOLDEN"] == "1" {
            try rendered.write(to: file, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == recorded, "\(name) differs from the recorded SVG")
    }
}
