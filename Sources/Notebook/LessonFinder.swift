import Foundation

/// Turns the paths a user names into lesson files: a file as it is, a folder as every `.md` file under it
/// (hidden entries skipped), sorted by path so runs and reports come in a stable order.
public enum LessonFinder {
    public static func lessons(in paths: [String]) throws(NotebookError) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NotebookError(.read, "cannot read \(path): no such file or folder")
            }
            found += isDirectory.boolValue ? markdownFiles(under: path) : [path]
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// The `.md` files under `folder`, each named as `folder/relative/path.md`, sorted.
    public static func markdownFiles(under folder: String) -> [String] {
        relativeMarkdownFiles(under: folder).map { join(folder, $0) }
    }

    /// The `.md` files under `folder`, relative to it, sorted.
    public static func relativeMarkdownFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let next = walker.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if name.lowercased().hasSuffix(".md") { files.append(next) }
        }
        return files.sorted()
    }

    /// `folder` and `name` with one slash between them.
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
