import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a file so that readers see the old file or the new one, never half of it: the bytes go to a
/// temporary file in the same folder, which is then renamed over the destination. A file that existed keeps
/// its permission bits.
public enum AtomicFile {
    /// `durable: false` skips the `fsync`, for files that only cost time when lost (a cache entry, a rendered
    /// page); a lesson or snapshot the command changes is written durably.
    public static func write(_ text: String, to path: String, durable: Bool = true) throws(NotebookError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let unique = "\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        var existing = stat()
        if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
        let written = writeAll(Array(text.utf8), to: descriptor) && (!durable || fsync(descriptor) == 0)
        let closed = close(descriptor) == 0
        guard written, closed else {
            let error = failure("cannot write \(path)")
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, path) == 0 else {
            let error = failure("cannot replace \(path)")
            unlink(temporary.path)
            throw error
        }
    }

    /// Creates a folder and its parents when missing.
    public static func createFolder(_ path: String) throws(NotebookError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw NotebookError(.write, "cannot create folder \(path): \(error.localizedDescription)")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// A write-stage error carrying the system's reason, read before any cleanup can change `errno`.
    private static func failure(_ message: String) -> NotebookError {
        NotebookError(.write, "\(message): \(String(cString: strerror(errno)))")
    }
}
