import Foundation
import Language
import Yams

/// Reads the YAML front matter into `FrontMatter`, reporting problems at lesson-file positions.
struct FrontMatterParser {
    let path: String
    let sourceLines: [String]
    /// The lesson-file line of the YAML's first line (the one after the opening `---`).
    let firstLine: Int

    static let keys = ["title", "summary", "order", "tolerance", "allow-html", "macros", "print-code"]

    func parse(_ yaml: String) -> (FrontMatter, [Diagnostic]) {
        var frontMatter = FrontMatter()
        if let violation = YAMLBounds.violation(in: yaml) {
            return (frontMatter, [problem(violation.message, line: firstLine + violation.line - 1, column: violation.column)])
        }
        let root: Node?
        do {
            // `.basic`: every value is read as text here, and the default resolver's regular expressions took
            // 9 million instructions to build, 1 % of rendering a lesson.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            return (frontMatter, [yamlProblem(error)])
        } catch {
            return (frontMatter, [problem("invalid front matter: \(error)", line: firstLine, column: 1)])
        }
        guard let root else { return (frontMatter, []) }
        guard let mapping = root.mapping else {
            return (frontMatter, [problem("front matter must be `key: value` lines", at: root.mark)])
        }
        var diagnostics: [Diagnostic] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if key == "macros" {
                let map = MacroMap.read(value) { message, mark in problem(message, at: mark) }
                frontMatter.macros = map.macros
                diagnostics += map.diagnostics
            } else if let message = set(key, to: value, in: &frontMatter) {
                diagnostics.append(problem(message, at: value.mark))
            } else if !Self.keys.contains(key) {
                diagnostics.append(
                    problem("unknown front matter key `\(key)`", at: keyNode.mark, length: key.count,
                            severity: .warning, suggestion: Suggestion.nearest(to: key, in: Self.keys)))
            }
        }
        return (frontMatter, diagnostics)
    }

    /// Sets one known key, or returns why its value does not fit; unknown keys are left to the caller.
    private func set(_ key: String, to value: Node, in frontMatter: inout FrontMatter) -> String? {
        switch key {
        case "title", "summary":
            guard let text = value.scalar?.string else { return "`\(key)` takes a line of text" }
            if key == "title" { frontMatter.title = text } else { frontMatter.summary = text }
        case "order":
            // Read as decimal digits: Yams' own `int` also reads base-60 (`1:30`), and a long one overflowed.
            guard let text = value.scalar?.string, let order = Int(text.trimmingCharacters(in: .whitespaces))
            else { return "`order` takes a whole number" }
            frontMatter.order = order
        case "tolerance":
            guard let text = value.scalar?.string, let tolerance = DecimalNumber.parse(text), tolerance >= 0 else {
                return "`tolerance` takes a non-negative number in decimal notation"
            }
            frontMatter.tolerance = tolerance
        case "allow-html":
            guard let flag = value.bool else { return "`allow-html` takes true or false" }
            frontMatter.allowHTML = flag
        case "print-code":
            let choices = PrintCode.allCases.map(\.rawValue)
            guard let text = value.scalar?.string, let choice = PrintCode(rawValue: text) else {
                return "`print-code` takes \(choices.dropLast().joined(separator: ", ")) or \(choices.last ?? "")"
            }
            frontMatter.printCode = choice
        default:
            break
        }
        return nil
    }

    private func yamlProblem(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            self.problem("invalid front matter: \(problem)", at: mark)
        default:
            problem("invalid front matter: \(error)", line: firstLine, column: 1)
        }
    }

    private func problem(
        _ message: String, at mark: Mark?, length: Int = 1, severity: Diagnostic.Severity = .error,
        suggestion: String? = nil
    ) -> Diagnostic {
        problem(
            message, line: firstLine - 1 + (mark?.line ?? 1), column: mark?.column ?? 1, length: length,
            severity: severity, suggestion: suggestion)
    }

    private func problem(
        _ message: String, line: Int, column: Int, length: Int = 1, severity: Diagnostic.Severity = .error,
        suggestion: String? = nil
    ) -> Diagnostic {
        let sourceLine = sourceLines.indices.contains(line - 1) ? sourceLines[line - 1] : ""
        return .notebook(
            message, at: SourceLocation(file: path, line: line, column: column), sourceLine: sourceLine,
            length: length, severity: severity, suggestion: suggestion)
    }
}
