import Foundation
import Language
import Math
import Yams

/// The course-wide `macros:` map of the `course.yml` nearest above a lesson, read for every command that
/// parses the lesson (`render`, `check`, `build`), so a lesson converts the same whichever one runs it.
enum CourseMacros {
    /// The map, and problems with it placed at course.yml's lines; empty when no course.yml holds one.
    static func nearest(to lessonPath: String) -> (macros: [String: String], diagnostics: [Diagnostic]) {
        var folder = URL(fileURLWithPath: lessonPath).standardizedFileURL.deletingLastPathComponent()
        while true {
            let file = folder.appendingPathComponent("course.yml")
            if let data = FileManager.default.contents(atPath: file.path) {
                return read(String(decoding: data, as: UTF8.self), path: relative(file.path, like: lessonPath))
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return ([:], []) }
            folder = parent
        }
    }

    /// The `macros` map of course.yml's text; other keys are the site's business.
    static func read(_ text: String, path: String) -> (macros: [String: String], diagnostics: [Diagnostic]) {
        guard let mapping = (try? Yams.compose(yaml: text, .basic))??.mapping, let node = mapping["macros"] else {
            return ([:], [])
        }
        let lines = text.components(separatedBy: "\n")
        return MacroMap.read(node) { message, mark in
            let line = mark?.line ?? 1
            return .notebook(
                message, at: SourceLocation(file: path, line: line, column: mark?.column ?? 1),
                sourceLine: lines.indices.contains(line - 1) ? lines[line - 1] : "", length: 1, severity: .error)
        }
    }

    /// course.yml's path written the way the lesson's was: relative when the lesson's is.
    private static func relative(_ absolute: String, like lessonPath: String) -> String {
        guard !lessonPath.hasPrefix("/") else { return absolute }
        let here = FileManager.default.currentDirectoryPath + "/"
        return absolute.hasPrefix(here) ? String(absolute.dropFirst(here.count)) : absolute
    }
}

/// A `macros:` map (front matter or course.yml): `\RR: \mathbb{R}` pairs, each checked as a definition.
enum MacroMap {
    static func read(_ node: Node, problem: (String, Mark?) -> Diagnostic) -> (macros: [String: String], diagnostics: [Diagnostic]) {
        guard let mapping = node.mapping else {
            return ([:], [problem("`macros` takes `\\name: definition` lines", node.mark)])
        }
        var macros: [String: String] = [:], diagnostics: [Diagnostic] = []
        var check = Math.Macros()
        for (key, value) in mapping {
            guard let name = key.string, let body = value.string else {
                diagnostics.append(problem("each macro is `\\name: definition`, both text", key.mark))
                continue
            }
            if let refusal = check.define(name, as: body) {
                diagnostics.append(problem(refusal, key.mark))
            } else {
                macros[name] = body
            }
        }
        return (macros, diagnostics)
    }
}
