import Foundation

/// Runs `lessonrun` on a pseudo-terminal, as a person at a keyboard does: keys are written to the terminal
/// and the screen's bytes read back.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private(set) var screen = ""

    init(_ arguments: [String], environment: [String: String]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw CocoaError(.fileReadUnknown) }
        self.master = master
        let binary = try BinaryRunner.binary ?? { throw CocoaError(.fileNoSuchFile) }()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads the screen until `text` has appeared `times` times in all, or `timeout` seconds pass.
    @discardableResult
    func wait(for text: String, times: Int = 1, timeout: Double = 20) -> Bool {
        wait(timeout: timeout) { $0.components(separatedBy: text).count - 1 >= times }
    }

    /// Reads the screen until `text` appears after the last `marker` on it: the next prompt after an entry's
    /// output. Keys typed before the prompt would meet the terminal's line discipline, not the editor.
    @discardableResult
    func wait(for text: String, after marker: String, timeout: Double = 20) -> Bool {
        wait(timeout: timeout) { screen in
            guard let found = screen.range(of: marker, options: .backwards) else { return false }
            return screen[found.upperBound...].contains(text)
        }
    }

    private func wait(timeout: Double, until done: (String) -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while !done(screen) {
            guard Date() < end else { return false }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return false }
            screen += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return true
    }

    /// Waits for the process to end; its status, or nil if it is still running after `timeout` seconds.
    func exitStatus(timeout: Double = 20) -> Int32? {
        let end = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < end else { return nil }
            _ = wait(timeout: 0.1) { _ in false }
        }
        return process.terminationStatus
    }
}
