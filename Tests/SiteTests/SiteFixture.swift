import Foundation
import Testing

@testable import Site

/// Fixture courses copied to a fresh folder, built there, and read back.
struct SiteFixture {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// A fresh folder holding a copy of the fixture course `name` as `course/`.
    let root: URL

    init(_ name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(name), to: root.appendingPathComponent("course"))
    }

    var course: String { root.appendingPathComponent("course").path }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func options(output: String = "site", jobs: Int = 1, useCache: Bool = true) -> BuildOptions {
        BuildOptions(
            source: course, output: path(output), jobs: jobs, useCache: useCache, cacheFolder: path("cache"),
            tool: "lessonrun tests")
    }

    func build(output: String = "site", jobs: Int = 1, useCache: Bool = true) throws -> BuildResult {
        try SiteBuilder.build(options(output: output, jobs: jobs, useCache: useCache))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
    }

    /// Every file under `relative`, by its path inside it, with its bytes.
    func files(under relative: String) throws -> [String: Data] {
        let folder = path(relative)
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let name = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[name] = FileManager.default.contents(atPath: folder + "/" + name) }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
