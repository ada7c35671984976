import Foundation
import Language
import Testing

@testable import Notebook

@Suite("Macros in lessons: in document order, from front matter, from course.yml")
struct LessonMacroTests {
    @Test func aDefinitionServesTheRestOfTheLesson() {
        let page = MathRenderingTests.page("# $\\newcommand{\\E}{\\mathbb{E}}\\E$\n\nThen $\\E[X]$.\n")
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(page.html.contains("<math alttext=\"\\E[X]\"><mi>𝔼</mi>"))
    }

    @Test func frontMatterDefinesMacros() {
        let source = "---\nmacros:\n  \\RR: \\mathbb{R}\n  norm: '\\left\\lVert #1 \\right\\rVert'\n---\n$x \\in \\RR, \\norm{x}$\n"
        let page = MathRenderingTests.page(source)
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(page.html.contains("<mi>ℝ</mi>"))
        #expect(page.html.contains("‖</mo><mi>x</mi>"))
    }

    @Test func aBadMacroIsAnErrorAtItsLine() {
        let lesson = LessonParser.parse("---\nmacros:\n  '2x': y\n---\n", path: "m.md")
        #expect(lesson.diagnostics.map { "\($0.location)" } == ["m.md:3:3"])
    }

    @Test func courseMacrosServeEveryLessonAndALessonMayOverride() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("macros-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title: C\nmacros:\n  \\RR: \\mathbb{R}\n  \\E: \\mathbb{E}\n".write(
            to: folder.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        try "---\nmacros:\n  \\E: \\operatorname{E}\n---\n$\\RR \\E$\n".write(
            to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let lesson = try LessonParser.parse(contentsOf: folder.appendingPathComponent("a.md").path)
        #expect(lesson.frontMatter.macros == ["\\RR": "\\mathbb{R}", "\\E": "\\operatorname{E}"])
        let page = HTMLRenderer.page(PageContent(Executor.execute(lesson)))
        #expect(page.diagnostics.isEmpty)
        #expect(page.html.contains("<mi>ℝ</mi>") && page.html.contains(">E</mi>"))
    }

    @Test func figureLabelsUseTheMacrosDefinedBeforeTheirCell() {
        let source = """
            ---
            macros:
              \\RR: \\mathbb{R}
            ---
            Let $\\newcommand{\\loss}{\\mathcal{L}}\\loss$ be the loss.

            ```swift-nn
            plot([0, 1], [0, 1])
            title(#"$\\loss$ on $\\RR$"#)
            ```

            """
        let page = MathRenderingTests.page(source)
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(page.html.contains("<svg"))
        #expect(page.html.contains("ℒ") && page.html.contains("ℝ"))
        #expect(!page.html.contains("\\loss on"))
    }
}
