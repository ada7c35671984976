import Foundation

/// The files a piece of swift-nn code may read: every string literal in it that names a file in the lesson's
/// folder (`loadCSV("data/points.csv")`). Read from the code, not the run, so a cache key can hold the
/// files' contents before anything runs, and a build can copy them beside the page.
enum CellFiles {
    /// Paths relative to the course folder, sorted.
    static func files(in code: String, lessonFolder base: String, courseFolder: String) -> [String] {
        var found: Set<String> = []
        for literal in literals(in: code) where !literal.isEmpty && !literal.contains("\\(") {
            guard let path = SitePaths.resolve(literal, from: base) else { continue }
            var isDirectory: ObjCBool = false
            let full = courseFolder.isEmpty ? path : (courseFolder as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
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
