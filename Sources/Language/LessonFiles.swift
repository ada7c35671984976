import Foundation

/// Reading files for a lesson. A lesson is untrusted code, so it may read only inside its own folder: the
/// path must be relative, and once `..` and symbolic links are resolved it must still lie in that folder.
enum LessonFiles {
    /// The largest file a lesson may read.
    static let maximumSize = 20_000_000

    /// The text of `path`, relative to the folder of the lesson file `lesson`; `error` turns a refusal into
    /// the caller's error.
    static func read(_ path: String, lesson: String, error: (String) -> Error) throws -> String {
        guard !lesson.hasPrefix("<") else {
            throw error("`\(path)` cannot be read: this program has no lesson folder (run it from a file)")
        }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw error("`\(path)` is not inside the lesson's folder: give a path relative to it, such as \"data.csv\"")
        }
        guard staysInside(path) else {
            throw error("`\(path)` is outside the lesson's folder; a lesson may read only its own files")
        }
        let folder = (lesson as NSString).deletingLastPathComponent
        guard let root = FilePaths.realPath(folder.isEmpty ? "." : folder) else {
            throw error("the lesson's folder cannot be found")
        }
        guard let target = FilePaths.realPath((root as NSString).appendingPathComponent(path)) else {
            throw error("`\(path)` does not exist in the lesson's folder")
        }
        guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw error("`\(path)` is outside the lesson's folder; a lesson may read only its own files")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw error("`\(path)` is not a file")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        // A named pipe or a device would block the read, or never end it.
        guard attributes?[.type] as? FileAttributeType == .typeRegular else { throw error("`\(path)` is not a regular file") }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumSize else { throw error("`\(path)` is larger than \(maximumSize / 1_000_000) MB") }
        guard let data = FileManager.default.contents(atPath: target), let text = String(data: data, encoding: .utf8) else {
            throw error("`\(path)` cannot be read as UTF-8 text")
        }
        return text
    }

    /// Whether a relative path's `..` components never climb above its starting folder.
    private static func staysInside(_ path: String) -> Bool {
        var depth = 0
        for component in path.split(separator: "/") where component != "." {
            depth += component == ".." ? -1 : 1
            if depth < 0 { return false }
        }
        return true
    }
}
