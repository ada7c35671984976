import Foundation
import Testing

@testable import Notebook

/// GitHub's extensions that lessonrun reads on top of libcmark — pipe tables, strikethrough, extended
/// autolinks — checked against the examples of the GFM spec (`example table`, `example strikethrough`,
/// `example autolink`) and the `## Tables`, `## Strikethroughs` and `## Autolinks` sections of cmark-gfm's
/// extension tests, through the page renderer and the CommonMark normaliser. The examples that differ are
/// listed below, each with its reason; any other difference fails.
@Suite("GFM extension examples")
struct GFMExtensionTests {
    typealias Example = CommonMarkSpecTests.Example

    /// The examples of one extension: fenced like the CommonMark spec's, the fence line ending in `kind`.
    static func examples(in file: String, fence suffix: String, sections: [String]? = nil) -> [Example]? {
        guard let text = try? String(
            contentsOf: CommonMarkSpecTests.conformance.appendingPathComponent(file), encoding: .utf8)
        else { return nil }
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var part: Int?, markdown = "", html = "", start = 0
        var inSection = sections == nil
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("## "), let sections { inSection = sections.contains(String(line.dropFirst(3))) }
            if part == nil, line == fence + " " + suffix, inSection {
                part = 0
                markdown = ""
                html = ""
                start = index + 1
            } else if part == 0, line == "." {
                part = 1
            } else if part != nil, line == fence {
                examples.append(Example(number: examples.count + 1, line: start, markdown: markdown, html: html))
                part = nil
            } else if part == 0 {
                markdown += line.replacingOccurrences(of: "→", with: "\t") + "\n"
            } else if part == 1 {
                html += line.replacingOccurrences(of: "→", with: "\t") + "\n"
            }
        }
        return examples
    }

    /// The examples lessonrun renders differently, by file and first line, each with why.
    static let knownDifferences: [String: String] = [
        "gfm-extensions.txt:403": "a reference link in a table cell: each cell is read by cmark as a paragraph of its own, "
            + "which does not see the document's link reference definitions",
    ]

    @Test func everyExtensionExampleMatchesOrIsAListedDifference() throws {
        let sources: [(file: String, fence: String, sections: [String]?)] = [
            ("gfm-spec.txt", "example table", nil), ("gfm-spec.txt", "example strikethrough", nil),
            ("gfm-spec.txt", "example autolink", nil),
            ("gfm-extensions.txt", "example", ["Tables", "Strikethroughs", "Autolinks"]),
        ]
        var all: [(key: String, example: Example)] = []
        for source in sources {
            guard let examples = Self.examples(in: source.file, fence: source.fence, sections: source.sections) else {
                print("skipped: \(CommonMarkSpecTests.conformance.path)/\(source.file) is absent")
                return
            }
            all += examples.map { ("\(source.file):\($0.line)", $0) }
        }
        #expect(all.count >= 30)
        let compared = all.filter { !$0.example.html.hasPrefix("<IGNORE>") }
        let rendered = compared.map { Self.unwrapped(CommonMarkSpecTests.render($0.example.markdown)) }
        guard let normalized = CommonMarkSpecTests.normalized(zip(compared, rendered).map {
            [Self.xhtml($0.example.html), $1]
        }) else {
            print("skipped: python3 could not run the spec's normaliser")
            return
        }
        var failures: [String] = [], known: [String] = []
        for (index, (key, example)) in compared.enumerated() where normalized[index][0] != normalized[index][1] {
            let report = "\(key):\n\(example.markdown)expected: \(normalized[index][0])\nrendered: \(normalized[index][1])"
            if Self.knownDifferences[key] != nil { known.append(key) } else { failures.append(report) }
        }
        print("GFM extensions: \(compared.count - failures.count - known.count) of \(compared.count) examples match, "
              + "\(known.count) listed differences")
        #expect(failures.isEmpty, "\(failures.count) examples differ:\n\(failures.joined(separator: "\n\n"))")
        let stale = Set(Self.knownDifferences.keys).subtracting(known)
        #expect(stale.isEmpty, "listed as different but matching now: \(stale.sorted())")
    }

    /// The page wraps each table in a `<div class="table">`, so a wide one scrolls on its own.
    static func unwrapped(_ html: String) -> String {
        html.replacingOccurrences(of: "<div class=\"table\"><table>", with: "<table>")
            .replacingOccurrences(of: "</table></div>", with: "</table>")
    }

    /// The spec writes tables with `align` attributes and `<br />`; the page uses styles and `<br>`.
    static func xhtml(_ html: String) -> String {
        html.replacingOccurrences(of: #" align="(left|center|right)""#, with: " style=\"text-align: $1\"",
                                  options: .regularExpression)
    }
}
