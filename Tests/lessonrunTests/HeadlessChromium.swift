import Foundation

/// Headless Chromium showing one page, watched through its DevTools HTTP endpoint (`/json/list` gives each
/// open page's current title), so a test sees what the browser shows without scripting it.
final class HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private let process = Process()
    private let profile: URL
    private var devToolsPort: UInt16?

    /// Opens `url` in a fresh profile; the browser listens for DevTools on a port of its choosing.
    init(url: String) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        process.executableURL = URL(fileURLWithPath: Self.path!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.path,
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", url,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Waits until the page's title starts with `prefix`; false after `timeout` seconds.
    func waitForTitle(startingWith prefix: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, process.isRunning {
            if titles().contains(where: { $0.hasPrefix(prefix) }) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Stops the browser (it takes its helper processes with it) and removes the profile.
    func close() {
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: profile)
    }

    /// The titles of the open pages, or none while DevTools is not up yet.
    private func titles() -> [String] {
        guard let port = port(), let list = try? HTTPProbe.get("/json/list", port: port, timeout: 2),
              let json = try? JSONSerialization.jsonObject(with: Data(list.body.utf8)) as? [[String: Any]]
        else { return [] }
        return json.filter { $0["type"] as? String == "page" }.compactMap { $0["title"] as? String }
    }

    /// The DevTools port, from the first line of the profile's DevToolsActivePort file.
    private func port() -> UInt16? {
        if let devToolsPort { return devToolsPort }
        let file = profile.appendingPathComponent("DevToolsActivePort")
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let port = text.split(separator: "\n").first.flatMap({ UInt16($0) }) else { return nil }
        devToolsPort = port
        return port
    }
}
