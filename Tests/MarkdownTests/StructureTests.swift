import Testing
@testable import Markdown

@Suite("Block structure")
struct StructureTests {
    @Test func nestedListsKeepOrderStartAndTightness() throws {
        let source = "3. three\n4. four\n   - a\n   - b\n\n     more b\n"
        guard case .list(let outer)? = blocks(source).first else {
            Issue.record("expected a list")
            return
        }
        #expect(outer.ordered && outer.start == 3 && outer.tight)
        #expect(outer.range == range(1, 1, 6, 11))
        #expect(outer.items.count == 2)
        #expect(outer.items[0] == [.paragraph([.text("three")], range: range(1, 4, 1, 8))])
        guard case .list(let inner)? = outer.items[1].last else {
            Issue.record("expected a nested list")
            return
        }
        #expect(!inner.ordered && inner.start == 1 && !inner.tight)
        #expect(inner.items.map(\.count) == [1, 2])
        #expect(inner.range == range(3, 4, 6, 11))
    }

    @Test func nestedBlockQuotes() {
        let source = "> outer\n>\n> > inner $x$\n"
        let expected: [Block] = [
            .blockQuote([
                .paragraph([.text("outer")], range: range(1, 3, 1, 7)),
                .blockQuote([.paragraph([.text("inner "), inlineMath("x", 3, 11)], range: range(3, 5, 3, 13))],
                            range: range(3, 3, 3, 13)),
            ], range: range(1, 1, 3, 13))
        ]
        #expect(blocks(source) == expected)
    }

    @Test func listInsideBlockQuote() {
        guard case .blockQuote(let children, _)? = blocks("> - a\n> - b\n").first,
              case .list(let list)? = children.first else {
            Issue.record("expected a list in a quote")
            return
        }
        #expect(list.items == [[.paragraph([.text("a")], range: range(1, 5, 1, 5))],
                               [.paragraph([.text("b")], range: range(2, 5, 2, 5))]])
    }

    @Test func thematicBreakAndHtmlBlock() {
        let source = "***\n\n<div class=\"note\">\n$x$ stays raw\n</div>\n"
        #expect(blocks(source) == [
            .thematicBreak(range: range(1, 1, 1, 3)),
            .htmlBlock("<div class=\"note\">\n$x$ stays raw\n</div>\n", range: range(3, 1, 5, 6)),
        ])
    }
}

@Suite("Hostile input")
struct HostileInputTests {
    @Test func deepNestingIsReadAsTextInsteadOfExhaustingTheStack() throws {
        let depth = 5_000
        let quotes = String(repeating: ">", count: depth) + " deep $x$\n"
        let lists = (0..<500).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        let emphasis = String(repeating: "*a ", count: depth) + "b" + String(repeating: " a*", count: depth)
        for source in [quotes, lists, emphasis] {
            #expect(blocks(source).count == 1)
        }
        var innermost = try #require(blocks(quotes).first)
        while case .blockQuote(let children, _) = innermost, let child = children.first { innermost = child }
        let flattenedRange = range(1, CmarkReader.maximumDepth + 1, 1, quotes.count - 1)
        #expect(innermost == .paragraph([.text("deep $x$")], range: flattenedRange))
    }
}
