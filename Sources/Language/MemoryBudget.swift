import Foundation

/// How much memory this process may really use: the machine's memory, but no more than its control group
/// (cgroup v2 `memory.max`, or v1 `memory.limit_in_bytes`) or its `ulimit -v` / `ulimit -d` allow. The memory
/// limit is a share of this, so a lesson ends in a located error before the system kills lessonrun.
public enum MemoryBudget {
    /// The smallest of the bounds this process can find, in bytes.
    public static let available: Int = {
        var bounds = [Int(clamping: ProcessInfo.processInfo.physicalMemory)]
        bounds += [controlGroupLimit(), addressSpaceLimit, resourceLimit(addressSpace: false)]
            .compactMap { $0 }
        return bounds.min()!
    }()

    /// `ulimit -v`, read once: a process's limits do not grow while it runs, and the memory watch reads this
    /// every 50 ms.
    public static let addressSpaceLimit = resourceLimit(addressSpace: true)

    /// The control group's memory limit, v2 first; nil when there is none or it cannot be read.
    static func controlGroupLimit() -> Int? {
        guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
        var candidates: [String] = []
        for line in membership.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let path = String(fields[2])
            if fields[0] == "0" && fields[1].isEmpty {
                candidates.append("/sys/fs/cgroup\(path == "/" ? "" : path)/memory.max")
            } else if fields[1].split(separator: ",").contains("memory") {
                candidates.append("/sys/fs/cgroup/memory\(path == "/" ? "" : path)/memory.limit_in_bytes")
            }
        }
        for file in candidates {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            // "max" (v2) or a value near Int64.max (v1) means no limit.
            if let bytes = Int(value), bytes < 1 << 60 { return bytes }
        }
        return nil
    }

    /// `ulimit -v` (the address space) or `ulimit -d` (the data segment); nil when unlimited.
    static func resourceLimit(addressSpace: Bool) -> Int? {
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(addressSpace ? RLIMIT_AS.rawValue : RLIMIT_DATA.rawValue)
        #else
        let resource = addressSpace ? RLIMIT_AS : RLIMIT_DATA
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: limit.rlim_cur)
    }

    /// A size as people write it: `2G`, `512M`, `64k`, `1.5GiB` or a number of bytes; nil when it is not one.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        var unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        for suffix in ["ib", "b"] where unit.hasSuffix(suffix) && unit.count > suffix.count {
            unit = String(unit.dropLast(suffix.count))
        }
        let scale: Double
        switch unit {
        case "", "b": scale = 1
        case "k": scale = 0x1p10
        case "m": scale = 0x1p20
        case "g": scale = 0x1p30
        case "t": scale = 0x1p40
        default: return nil
        }
        guard let value = Double(number), value > 0, (value * scale).isFinite, value * scale < 0x1p62 else { return nil }
        return Int(value * scale)
    }
}
