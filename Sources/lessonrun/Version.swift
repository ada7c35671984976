import Foundation

/// lessonrun's version, and the identity of this binary for the build cache.
enum Version {
    static let number = "0.2.0"

    /// The version with the binary's size and modification time: a rebuilt lessonrun may compute differently,
    /// so it re-runs every lesson instead of trusting results an older binary cached.
    static let buildIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "lessonrun \(number) \(size) \(modified)"
    }()
}
