import Foundation

/// Real paths, and regular files kept inside a folder: the one check behind everything that reads or
/// publishes a file an untrusted lesson or course names (a lesson's data, a build's assets, the preview).
public enum FilePaths {
    /// Why a path is not a regular file inside its folder.
    public struct Refusal: Error, Equatable {
        public var reason: String
    }

    /// The absolute path with `.`, `..` and every symbolic link resolved; nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Whether `path` (links followed) is a regular file: not a folder, and not a named pipe or a device,
    /// which would block a read or never end it.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The real path of `relative` when it is a regular file whose real path lies inside `folder`; anything
    /// else (a link out of the folder, a folder, a named pipe or a device) is refused, with the reason.
    public static func regularFile(_ relative: String, in folder: String) -> Result<String, Refusal> {
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
}
