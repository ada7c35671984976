import CommandSupport
import Foundation

/// Progress on a terminal, one line per finished lesson: `[3/12] gd.md  42 ms`. Silent when disabled (the
/// output is piped), so scripts and logs stay clean.
final class Progress: Sendable {
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func finished(_ done: Int, of total: Int, name: String, milliseconds: Double, note: String = "") {
        guard enabled else { return }
        let file = URL(fileURLWithPath: name).lastPathComponent
        Console.out("[\(done)/\(total)] \(file)  \(Int(milliseconds.rounded())) ms\(note)\n")
    }
}
