import Foundation

/// Notices edits by polling: the modification time and size of every visible file under the watched paths.
/// Polling works the same on every system and a course is a few hundred files at most.
struct SourceWatcher {
    let paths: [String]
    private var last: [String: Stamp]

    struct Stamp: Equatable {
        var modified: Date?
        var size: UInt64?
    }

    init(paths: [String]) {
        self.paths = paths
        last = Self.scan(paths)
    }

    /// The files added, removed or changed since the last call (or since `init`), sorted.
    mutating func changes() -> [String] {
        let now = Self.scan(paths)
        defer { last = now }
        return Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }.sorted()
    }

    /// Every visible file under the paths (a path that is a file stands for itself); hidden entries such as
    /// `.git` and `.lessonrun-cache` are skipped.
    static func scan(_ paths: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                stamps[path] = stamp(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            while let next = walker.nextObject() as? String {
                if (next as NSString).lastPathComponent.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let file = path + "/" + next
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { stamps[file] = stamp(file) }
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        return Stamp(
            modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.uint64Value)
    }
}
