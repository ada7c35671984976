import Foundation
import Language

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
        switch FilePaths.regularFile(relative, in: folder) {
        case .success(let target): return .publish(realPath: target)
        case .failure(let refusal): return .refuse(refusal.reason)
        }
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
