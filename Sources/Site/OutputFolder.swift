import Foundation
import Notebook

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site's output folder, replaced as a whole: the build writes a fresh folder beside it and swaps it in
/// at the end, so a failed or interrupted build leaves the previous site as it was.
struct OutputFolder {
    /// The folder the site ends up in.
    let output: String
    /// The fresh folder being written: `.NAME.lessonrun-PID-RANDOM` beside `output`.
    let staging: String

    /// Marks a folder as a site lessonrun built, so a later build may replace it.
    static let marker = ".lessonrun-site"

    /// Checks that `output` may be replaced, clears what interrupted builds left, and creates the fresh folder.
    static func prepare(_ output: String) throws(SiteError) -> OutputFolder {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).lessonrun-"
        try checkReplaceable(url.path)
        removeAbandoned(in: parent, prefix: prefix)
        let staging = parent + "/" + prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try createFolder(staging)
        return OutputFolder(output: url.path, staging: staging)
    }

    /// Writes a file at `relative` in the fresh folder; no fsync per file, since the swap is what makes the
    /// site appear whole.
    func write(_ text: String, to relative: String) throws(SiteError) {
        let path = staging + "/" + relative
        try Self.createFolder((path as NSString).deletingLastPathComponent)
        do {
            // The reason (a full disk, a read-only folder) is in the error, which the build reports.
            try AtomicFile.write(text, to: path, durable: false)
        } catch {
            throw SiteError(.write, error.message)
        }
    }

    /// Copies a file the lessons reference to the same place in the fresh folder.
    func copy(_ source: String, to relative: String) throws(SiteError) {
        let path = staging + "/" + relative
        try Self.createFolder((path as NSString).deletingLastPathComponent)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } catch {
            throw SiteError(.write, "cannot copy \(source) to \(path): \(error.localizedDescription)")
        }
    }

    /// Marks the fresh folder, keeps the old site's hidden top-level files (`.gitkeep`, `.nojekyll`), and swaps
    /// it in for the old site, which is then removed.
    func commit() throws(SiteError) {
        try write("built by lessonrun build; the next build replaces this folder\n", to: Self.marker)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists {
            for name in (try? manager.contentsOfDirectory(atPath: output)) ?? []
            where name.hasPrefix(".") && name != Self.marker {
                try? manager.copyItem(atPath: output + "/" + name, toPath: staging + "/" + name)
            }
        }
        guard exists else {
            guard rename(staging, output) == 0 else { throw failure("cannot move the new site to \(output)") }
            return
        }
        guard Self.exchange(staging, output) else {
            throw failure("cannot swap the new site into \(output)")
        }
        try? manager.removeItem(atPath: staging)
    }

    /// Removes the fresh folder after a failed build.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func failure(_ message: String) -> SiteError {
        SiteError(.write, "\(message): \(String(cString: strerror(errno)))")
    }

    /// Swaps two folders in one step where the system can (Linux `renameat2` with `RENAME_EXCHANGE`), else
    /// in two renames with the old site set aside between them.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let atCurrentDirectory: Int32 = -100, exchange: UInt32 = 2
            if renameat2(atCurrentDirectory, a, atCurrentDirectory, b, exchange) == 0 { return true }
        }
        #endif
        let aside = a + ".old"
        guard rename(b, aside) == 0 else { return false }
        guard rename(a, b) == 0 else {
            rename(aside, b)
            return false
        }
        return rename(aside, a) == 0
    }

    /// A folder may be replaced when it is missing, empty, marked as a site, or holds only `.html` pages and
    /// `.svg` figures (what `lessonrun render` writes) and hidden files; anything else might be someone's work.
    private static func checkReplaceable(_ path: String) throws(SiteError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw SiteError(.write, "\(path) exists and is not a folder") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if names.contains(marker) { return }
        let foreign = names.filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder)
            return !name.hasPrefix(".") && (isFolder.boolValue || !(name.hasSuffix(".html") || name.hasSuffix(".svg")))
        }
        guard foreign.isEmpty else {
            throw SiteError(.write, "refusing to replace \(path): it holds files lessonrun did not write "
                + "(\(foreign.sorted().prefix(3).joined(separator: ", "))); remove it or choose another folder with -o")
        }
    }

    /// Removes fresh folders left by builds whose process is gone.
    private static func removeAbandoned(in parent: String, prefix: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count).prefix { $0.isNumber }
            if let pid = Int32(pid), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: parent + "/" + name)
            }
        }
    }

    private static func createFolder(_ path: String) throws(SiteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SiteError(.write, "cannot create folder \(path): \(error.localizedDescription)")
        }
    }
}
