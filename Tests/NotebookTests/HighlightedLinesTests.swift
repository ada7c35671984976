import Foundation
import Language
import Testing
@testable import Notebook

/// A page may have its cells' code highlighted while the cells run (`HTMLRenderer.highlightedLines`) and add the
/// check marks afterwards; the two steps must write what highlighting with the marks in hand writes.
@Suite("Code highlighted line by line")
struct HighlightedLinesTests {
    @Test("a token across lines is closed at each line's end, so every line stands alone")
    func linesStandAlone() {
        let lines = HTMLRenderer.highlightedLines("let a = 1 /* two\nlines */ + a\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("<span class=\"c\">/* two</span>"))
        #expect(lines[1].hasPrefix("<span class=\"c\">lines */</span>"))
    }

    @Test("the page runs both ways to the same cells, marks and all")
    func sameCellsEitherWay() throws {
        let source = "# t\n\n```swift-nn\nlet a = 2 /* x\ny */\na * 3 //=> 6\na //=> 3\n```\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("highlight-\(UUID()).md").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let executed = Executor.execute(try LessonParser.parse(contentsOf: path))
        var prepared = PageContent(executed)
        for cell in executed.lesson.cells {
            prepared.highlightedCode[cell.index] = HTMLRenderer.highlightedLines(cell.code)
        }
        #expect(!prepared.highlightedCode.isEmpty)
        let plain = HTMLRenderer.page(PageContent(executed)).html
        #expect(HTMLRenderer.page(prepared).html == plain)
        #expect(plain.contains("check fail"))
    }
}
