import Foundation
import Testing
@testable import Figures

/// Byte-for-byte comparisons with SVGs that were looked at in a browser before they were recorded.
/// Run with `LESSONRUN_UPDATE_GOLDEN=1` to re-record after a deliberate change: the run rewrites the files
/// and fails, so a recording is never compared with itself; look at them again, then run the tests again.
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
        if ProcessInfo.processInfo.environment["LESSONRUN_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("rewrote Golden/\(name); look at it, then run the tests again")
            return
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == recorded, "\(name) differs from the recorded SVG")
    }
}
