import Foundation

/// The REPL's history: the lines typed, oldest first, kept across sessions in a file (`~/.lessonrun_history`,
/// or `LESSONRUN_HISTORY`; set it empty to keep none). Each line is appended as it is entered, so a session
/// that is killed loses nothing; the file is read back to its last `limit` lines.
struct LineHistory {
    static let limit = 1_000

    private(set) var entries: [String]
    private let file: String?

    init(file: String?) {
        self.file = file
        let text = file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        entries = Array(text.split(separator: "\n").map(String.init).suffix(Self.limit))
    }

    /// The history file the environment asks for.
    static var defaultFile: String? {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["LESSONRUN_HISTORY"] { return chosen.isEmpty ? nil : chosen }
        return environment["HOME"].map { ($0 as NSString).appendingPathComponent(".lessonrun_history") }
    }

    /// Adds a line unless it is blank or repeats the last one.
    mutating func add(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != entries.last else { return }
        entries.append(line)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        guard let file else { return }
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }
}
