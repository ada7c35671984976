import Foundation

/// What of a course folder may reach the published site. A course folder is untrusted input: a symbolic link
/// can point anywhere on the machine and a string in a cell can name any file, so a file is published only
/// when it is a regular file whose real path lies inside the course, is not hidden, and is not a lesson
/// source or the course's own settings.
enum Publication {
    /// How a page refers to a file.
    enum Reference {
        /// An image or a link in the prose: any kind of file.
        case page
        /// A string in a cell that names a file: only data files a lesson reads.
        case code
    }

    /// The extensions of the data files a lesson's code may name and have published beside its page.
    static let dataExtensions: Set<String> = ["csv", "tsv", "txt", "dat", "json"]

    /// A file that may be published, or why not.
    enum Verdict: Equatable {
        /// Publish the file by copying from `realPath`.
        case publish(realPath: String)
        case refuse(String)
    }

    /// Judges `relative`, a path relative to the course folder `folder` with `.` and `..` already resolved.
    static func verdict(for relative: String, in folder: String, as reference: Reference) -> Verdict {
        let components = relative.split(separator: "/")
        if components.contains(where: { $0.hasPrefix(".") }) { return .refuse("it is a hidden file") }
        let name = (relative as NSString).lastPathComponent.lowercased()
        let fileExtension = (name as NSString).pathExtension
        if ["md", "markdown"].contains(fileExtension) { return .refuse("it is a lesson source") }
        if name.hasSuffix(".snapshot.txt") { return .refuse("it is a lesson's snapshot") }
        if ["course.yml", "course.yaml"].contains(name) { return .refuse("it is the course's settings") }
        if reference == .code, !dataExtensions.contains(fileExtension) {
            return .refuse("code names it, but only data files (\(dataExtensions.sorted().joined(separator: ", "))) are published from code")
        }
        switch regularFile(relative, in: folder) {
        case .success(let target): return .publish(realPath: target)
        case .failure(let refusal): return .refuse(refusal.reason)
        }
    }

    /// Why a path is not a readable regular file inside the course.
    struct Refusal: Error {
        var reason: String
    }

    /// The real path of `relative` when it is a regular file whose real path lies inside `folder`. Anything
    /// else (a link out of the course, a folder, a named pipe or a device, which would block a read) is refused.
    static func regularFile(_ relative: String, in folder: String) -> Result<String, Refusal> {
        guard let root = realPath(folder.isEmpty ? "." : folder),
              let target = realPath((root as NSString).appendingPathComponent(relative))
        else { return .failure(Refusal(reason: "it does not exist")) }
        guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            return .failure(Refusal(reason: "its real path is outside the course folder"))
        }
        var status = stat()
        guard stat(target, &status) == 0 else { return .failure(Refusal(reason: "it cannot be read")) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(Refusal(reason: "it is not a regular file")) }
        return .success(target)
    }

    /// The absolute path with `.`, `..` and every symbolic link resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// A file a lesson referred to that the build did not publish, and why.
public struct UnpublishedFile: Hashable, Sendable, Comparable {
    /// The file, relative to the course folder.
    public var path: String
    /// The lesson that referred to it.
    public var lesson: String
    public var reason: String

    public static func < (a: UnpublishedFile, b: UnpublishedFile) -> Bool {
        (a.path, a.lesson) < (b.path, b.lesson)
    }

    /// "not published: .env (named in lessons/a.md): it is a hidden file".
    public var line: String {
        "not published: \(path) (named in \(lesson)): \(reason)"
    }
}
