import Foundation
import Language

/// The files a preview may serve: those inside its site folder, reached without `..`, hidden names or a
/// symbolic link that leads out of the folder.
struct SiteFiles: Sendable {
    /// The site folder (swapped whole by each build, so it is resolved again on every request).
    let root: String
    /// The page served for `/`: `index.html` for a course, the lesson's page for a single lesson.
    let home: String

    /// The real path of the file a request path names, or nil when it is outside the folder, hidden or missing.
    func file(for requestPath: String) -> String? {
        var parts: [String] = []
        for part in requestPath.split(separator: "/", omittingEmptySubsequences: true) {
            // `..` and `.` would climb; hidden names hold lessonrun's own bookkeeping (`.lessonrun-site`).
            guard !part.hasPrefix("."), !part.contains("\0"), !part.contains("\\") else { return nil }
            parts.append(String(part))
        }
        guard let base = FilePaths.realPath(root) else { return nil }
        var candidate = ([base] + parts).joined(separator: "/")
        if Self.isFolder(candidate) { candidate += "/" + (parts.isEmpty ? home : "index.html") }
        guard let real = FilePaths.realPath(candidate), real.hasPrefix(base + "/"), FilePaths.isRegularFile(real) else {
            return nil
        }
        return real
    }

    /// The Content-Type for a file, from its extension.
    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "json": "application/json"
        case "csv", "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
