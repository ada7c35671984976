import Foundation
import Testing

@Suite("render -o: a folder, or the page itself")
struct RenderDestinationTests {
    private static let lesson = """
        # Saved

        ```swift-nn
        plot([1.0, 2.0, 3.0])
        savefig("line.svg")
        1 + 1 //=> 2
        ```

        """

    @Test func anOutputEndingInHTMLIsThePageAndItsFiguresGoBesideIt() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.lesson.write(to: folder.appendingPathComponent("saved.md"), atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("pages/Notes.html").path
        let result = try BinaryRunner.run([folder.appendingPathComponent("saved.md").path, "-o", page])
        #expect(result.status == 0, "\(result.stderr)")
        var isFolder: ObjCBool = true
        #expect(FileManager.default.fileExists(atPath: page, isDirectory: &isFolder) && !isFolder.boolValue)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("<h1 id=\"saved\">Saved"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("pages/line.svg").path))
        #expect(result.stdout.contains("pages/Notes.html"))
    }

    @Test func aFolderNamedLikeAPageStaysAFolder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.lesson.write(to: folder.appendingPathComponent("saved.md"), atomically: true, encoding: .utf8)
        let odd = folder.appendingPathComponent("odd.html")
        try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
        let result = try BinaryRunner.run([folder.appendingPathComponent("saved.md").path, "-o", odd.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: odd.appendingPathComponent("saved.html").path))
        let plain = folder.appendingPathComponent("out")
        #expect(try BinaryRunner.run([folder.appendingPathComponent("saved.md").path, "-o", plain.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: plain.appendingPathComponent("saved.html").path))
    }
}
