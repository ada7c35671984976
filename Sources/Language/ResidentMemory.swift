import Foundation

/// How much memory the process holds, for the memory limit: a program that fills arrays with big tensors in
/// a loop must end in an error naming the cell, not in the system killing lessonrun.
enum ResidentMemory {
    /// The share of `ulimit -v` the process may map before a cell is stopped: allocations between two checks
    /// and the other threads' needs must still fit in the rest.
    static let addressSpaceShare = 0.8

    /// Why the process holds too much, or nil: more resident bytes than `limit`, or, under `ulimit -v`, more
    /// mapped address space than its share of that limit (allocation fails there long before memory is full).
    static func excess(over limit: Int) -> String? {
        guard let (mapped, resident) = sizes() else { return nil }
        let gigabytes = { (bytes: Int) in Display.float((Double(bytes) / 1e8).rounded() / 10) }
        if resident > limit {
            return "memory limit of \(gigabytes(limit)) GB exceeded: the lesson holds \(gigabytes(resident)) GB"
        }
        if let addressSpace = MemoryBudget.addressSpaceLimit,
           Double(mapped) > Double(addressSpace) * addressSpaceShare {
            return "memory limit exceeded: the process maps \(gigabytes(mapped)) GB of the "
                + "\(gigabytes(addressSpace)) GB that `ulimit -v` allows"
        }
        return nil
    }

    /// The bytes mapped and resident now (Linux's `/proc/self/statm`); nil where that cannot be read.
    static func sizes() -> (mapped: Int, resident: Int)? {
        #if os(Linux)
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        // "size resident shared …", in pages.
        let fields = String(decoding: buffer[..<count], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let size = Int(fields[0]), let resident = Int(fields[1]) else { return nil }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        return (size * page, resident * page)
        #else
        return nil
        #endif
    }
}
