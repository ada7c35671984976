import Foundation
import Language

/// The files a piece of swift-nn code may read: every string literal in it that names a regular file inside
/// the course (`csv("data/points.csv")`). Read from the code, not the run, so a cache key can hold the files'
/// contents before anything runs; `Publication` decides which of them are published beside the page.
enum CellFiles {
    /// Paths relative to the course folder, sorted.
    static func files(in code: String, lessonFolder base: String, courseFolder: String) -> [String] {
        named(in: code, lessonFolder: base, courseFolder: courseFolder).filter { path in
            if case .success = FilePaths.regularFile(path, in: courseFolder) { true } else { false }
        }
    }

    /// Paths relative to the course folder, sorted, of every string literal in `code` that names an existing file
    /// that is not a folder, wherever its real path is: what a build must either publish or report as refused
    /// (a link out of the course, a named pipe), so nothing named is left out in silence.
    static func named(in code: String, lessonFolder base: String, courseFolder: String) -> [String] {
        var found: Set<String> = []
        let root = courseFolder.isEmpty ? "." : courseFolder
        for literal in literals(in: code) where !literal.isEmpty && !literal.contains("\\(") {
            guard let path = SitePaths.resolve(literal, from: base), !path.isEmpty else { continue }
            var isFolder: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                found.insert(path)
            }
        }
        return found.sorted()
    }

    /// The contents of the double-quoted strings in `code`, escapes left as written.
    static func literals(in code: String) -> [String] {
        var literals: [String] = []
        var current: String?
        var escaped = false
        for character in code {
            if var text = current {
                if escaped {
                    escaped = false
                    text.append(character)
                } else if character == "\\" {
                    escaped = true
                    text.append(character)
                } else if character == "\"" {
                    literals.append(text)
                    current = nil
                    continue
                } else if character == "\n" {
                    current = nil
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" {
                current = ""
            }
        }
        return literals
    }
}
