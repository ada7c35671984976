import Foundation
import Language
import Testing

@testable import Notebook

/// The CommonMark spec whose version matches our libcmark (0.30), every example through the page renderer,
/// compared with the spec's HTML after the spec's own normaliser (run with python3). The dialect
/// differences are listed in one place, `Dialect`, and nowhere else.
@Suite("CommonMark spec examples")
struct CommonMarkSpecTests {
    static let conformance = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/conformance").standardizedFileURL

    struct Example {
        var number: Int
        var line: Int
        var markdown: String
        var html: String
    }

    /// The examples: a fence of 32 backticks and ` example`, the Markdown, a line `.`, the HTML; `→` is a tab.
    static func examples() -> [Example]? {
        guard let text = try? String(contentsOf: conformance.appendingPathComponent("commonmark-spec-0.30.txt"), encoding: .utf8)
        else { return nil }
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var part: Int?, markdown = "", html = "", start = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if part == nil, line == fence + " example" {
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

    /// Where lessonrun's Markdown means to differ from CommonMark, each with the test that recognises it.
    enum Dialect {
        /// `$…$`, `$$…$$`, `\(…\)`, `\[…\]` and bare display environments are math: an example whose page
        /// holds MathML is one of these.
        static func isMath(_ rendered: String) -> Bool { rendered.contains("<math") }

        /// A document that starts with `---` and has a closing `---` opens YAML front matter.
        static func isFrontMatter(_ markdown: String) -> Bool {
            markdown.hasPrefix("---\n") && markdown.dropFirst(4).components(separatedBy: "\n").contains("---")
        }

        /// Links that would run script (`javascript:`) are shown as their text.
        static func isScriptLink(_ markdown: String) -> Bool { markdown.lowercased().contains("javascript:") }

        /// GitHub's extended autolinks: a URL or address in plain text is a link. An example is one of these
        /// when its page, with those links put back as their text, is what the spec expects.
        static func isExtendedAutolink(expected: String, rendered: String) -> Bool {
            let unlinked = rendered.replacingOccurrences(
                of: #"<a href="(?:mailto:)?([^"]*)">\1</a>"#, with: "$1", options: .regularExpression)
            return unlinked != rendered && unlinked == expected
        }

        /// What the page adds that the spec does not know: heading ids and anchor links, the listing class on
        /// code blocks, the copy buttons' script.
        static func plain(_ html: String) -> String {
            html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
                .replacingOccurrences(of: #" ?<a class="anchor" href="[^"]*" aria-label="[^"]*">¶</a>"#, with: "",
                                      options: .regularExpression)
                .replacingOccurrences(of: "<script>\(HTMLRenderer.copyScript)</script>\n", with: "")
                .replacingOccurrences(of: "<pre class=\"listing\">", with: "<pre>")
        }
    }

    /// The prose of `markdown` as the page renders it, raw HTML allowed as the spec expects.
    static func render(_ markdown: String) -> String {
        var lesson = LessonParser.parse(markdown, path: "spec.md")
        lesson.frontMatter.allowHTML = true
        var renderer = HTMLRenderer(PageContent(Executor.execute(lesson)))
        for case .prose(let block) in lesson.blocks { renderer.write(block) }
        return Dialect.plain(renderer.html)
    }

    /// Runs the spec's normaliser over each pair; nil when python3 or the normaliser cannot run.
    static func normalized(_ pairs: [[String]]) -> [[String]]? {
        let script = """
            import importlib.util, json, sys
            spec = importlib.util.spec_from_file_location("normalize", sys.argv[1])
            module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
            pairs = json.load(sys.stdin)
            json.dump([[module.normalize_html(html) for html in pair] for pair in pairs], sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, conformance.appendingPathComponent("commonmark-normalize.py").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil, let data = try? JSONSerialization.data(withJSONObject: pairs) else { return nil }
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try? JSONSerialization.jsonObject(with: result) as? [[String]]
    }

    @Test func everyExampleMatchesOrIsAListedDifference() throws {
        guard let examples = Self.examples() else {
            print("skipped: \(Self.conformance.path)/commonmark-spec-0.30.txt is absent")
            return
        }
        #expect(examples.count == 652)
        let rendered = examples.map { Self.render($0.markdown) }
        guard let normalized = Self.normalized(zip(examples, rendered).map { [$0.html, $1] }) else {
            print("skipped: python3 could not run the spec's normaliser")
            return
        }
        var compared = 0
        var failures: [String] = []
        for (index, example) in examples.enumerated() {
            if Dialect.isMath(rendered[index]) || Dialect.isFrontMatter(example.markdown)
                || Dialect.isScriptLink(example.markdown) { continue }
            if Dialect.isExtendedAutolink(expected: normalized[index][0], rendered: normalized[index][1]) { continue }
            compared += 1
            if normalized[index][0] != normalized[index][1] {
                failures.append("example \(example.number) (line \(example.line)):\n\(example.markdown)expected: \(normalized[index][0])\nrendered: \(normalized[index][1])")
            }
        }
        print("CommonMark spec: \(compared - failures.count) of \(compared) compared examples match (\(examples.count - compared) are listed differences)")
        #expect(failures.isEmpty, "\(failures.count) examples differ:\n\(failures.joined(separator: "\n\n"))")
    }
}
