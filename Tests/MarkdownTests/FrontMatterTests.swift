import Testing
@testable import Markdown

@Suite("Front matter")
struct FrontMatterTests {
    @Test func yamlBetweenDashLinesIsSplitOff() {
        let document = Markdown.parse("---\ntitle: Gradient descent\norder: 1\n---\nBody\n")
        #expect(document.frontMatter == "title: Gradient descent\norder: 1\n")
        #expect(document.blocks == [.paragraph([.text("Body")], range: range(5, 1, 5, 4))])
    }

    @Test func dotsCloseFrontMatterToo() {
        let document = Markdown.parse("---\na: 1\n...\n\nBody\n")
        #expect(document.frontMatter == "a: 1\n")
        #expect(document.blocks.map(\.range) == [range(5, 1, 5, 4)])
    }

    @Test func emptyFrontMatterIsEmptyNotNil() {
        let document = Markdown.parse("---\n---\n# T\n")
        #expect(document.frontMatter == "")
        #expect(document.blocks.map(\.range) == [range(3, 1, 3, 3)])
    }

    @Test func unclosedOrLateDashesAreMarkdown() {
        let unclosed = Markdown.parse("---\nnot yaml\n")
        #expect(unclosed.frontMatter == nil)
        #expect(unclosed.blocks.first == .thematicBreak(range: range(1, 1, 1, 3)))
        let late = Markdown.parse("\n---\na: 1\n---\n")
        #expect(late.frontMatter == nil)
    }

    @Test func mathLookingYamlIsNotProtected() {
        let document = Markdown.parse("---\ntitle: \"$x$ and \\\\(y\\\\)\"\n---\n$z$\n")
        #expect(document.frontMatter == "title: \"$x$ and \\\\(y\\\\)\"\n")
        #expect(document.blocks == [.paragraph([inlineMath("z", 4, 1)], range: range(4, 1, 4, 3))])
    }

    @Test func documentOfOnlyFrontMatterHasNoBlocks() {
        let document = Markdown.parse("---\na: 1\n---")
        #expect(document.frontMatter == "a: 1\n")
        #expect(document.blocks.isEmpty)
        #expect(Markdown.parse("").blocks.isEmpty)
    }
}
