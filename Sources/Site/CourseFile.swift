import Foundation
import Language
import Notebook
import Yams

/// Reads `course.yml`: `title`, `description`, `url` (where the site is published), and `lessons`, a list of
/// lesson files relative to the course folder in reading order (`macros` is read with each lesson). Problems are diagnostics at course.yml's lines.
struct CourseFile {
    let path: String
    let lines: [String]

    /// The title, description and listed lessons (nil when the file has no `lessons` list).
    struct Contents {
        var title: String?
        var description: String?
        var lessons: [(path: String, line: Int)]?
        /// The path part of `url`, ending in `/`.
        var basePath: String?
        var diagnostics: [Diagnostic] = []
    }

    func read(_ text: String) -> Contents {
        var contents = Contents()
        if let violation = YAMLBounds.violation(in: text) {
            contents.diagnostics.append(problem("course.yml: \(violation.message)", line: violation.line))
            return contents
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            contents.diagnostics.append(yamlProblem(error))
            return contents
        } catch {
            contents.diagnostics.append(problem("course.yml is not valid YAML: \(error)", line: 1))
            return contents
        }
        guard let mapping = root?.mapping else {
            if root != nil { contents.diagnostics.append(problem("course.yml must be `key: value` lines", line: 1)) }
            return contents
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            switch key {
            case "title": contents.title = value.string
            case "description": contents.description = value.string
            case "lessons": contents.lessons = lessons(value, &contents.diagnostics)
            case "url":
                if let path = value.string.flatMap(Self.basePath) {
                    contents.basePath = path
                } else {
                    contents.diagnostics.append(problem(
                        "`url` takes the address the site is published at, like https://example.org/course/ or /course/",
                        line: line))
                }
            case "macros": break  // TeX macros for every lesson, read and checked with each lesson (Notebook's CourseMacros)
            default:
                contents.diagnostics.append(problem("unknown course.yml key `\(key)`", line: line, severity: .warning))
            }
        }
        return contents
    }

    /// "https://example.org/course" → "/course/"; a path must start with `/`; nil for anything else.
    static func basePath(_ url: String) -> String? {
        let path: String
        if url.hasPrefix("/") {
            path = url
        } else if let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil {
            path = parsed.path.isEmpty ? "/" : parsed.path
        } else {
            return nil
        }
        guard !path.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0.isWhitespace }) else { return nil }
        return path.hasSuffix("/") ? path : path + "/"
    }

    private func lessons(_ node: Node, _ diagnostics: inout [Diagnostic]) -> [(path: String, line: Int)] {
        guard let sequence = node.sequence else {
            diagnostics.append(problem("`lessons` takes a list of lesson files, one `- name.md` per line",
                                       line: node.mark?.line ?? 1))
            return []
        }
        return sequence.compactMap { item in
            let line = item.mark?.line ?? 1
            guard let path = item.string, !path.isEmpty else {
                diagnostics.append(problem("each lesson is a file name, like `- gd.md`", line: line))
                return nil
            }
            return (path, line)
        }
    }

    func problem(_ message: String, line: Int, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let sourceLine = lines.indices.contains(line - 1) ? lines[line - 1] : ""
        return Diagnostic(
            severity: severity, message: message, location: SourceLocation(file: path, line: line, column: 1),
            sourceLine: sourceLine, length: max(1, sourceLine.count))
    }

    /// A YAML syntax error at the character the parser stopped on.
    private func yamlProblem(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let sourceLine = lines.indices.contains(mark.line - 1) ? lines[mark.line - 1] : ""
            return Diagnostic(
                severity: .error, message: "course.yml is not valid YAML: \(problem)",
                location: SourceLocation(file: path, line: mark.line, column: mark.column), sourceLine: sourceLine)
        default:
            return self.problem("course.yml is not valid YAML: \(error)", line: 1)
        }
    }
}
