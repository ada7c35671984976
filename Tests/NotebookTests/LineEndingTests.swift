import Foundation
import Language
import Testing

@testable import Notebook

/// Lessons written on Windows (`\r\n`), classic Mac (`\r`) or with a byte-order mark read, check and accept
/// exactly as `\n` lessons do.
@Suite("Line endings and byte-order marks")
struct LineEndingTests {
    static let lesson = """
        ---
        title: Endings
        ---
        # Endings

        ```swift-nn
        let a = 2
        a * 3 //=> 6
        ```

        Twice is `{nn} a * 2 => 5`, said on line 11.

        """

    func written(_ ending: String, byteOrderMark: Bool = false) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + Self.lesson.replacingOccurrences(of: "\n", with: ending)
    }

    @Test func textLinesKeepEachLineEndingAndTheMark() {
        let text = TextLines("\u{FEFF}a\r\nb\rc\nd")
        #expect(text.lines == ["a", "b", "c", "d"])
        #expect(text.endings == ["\r\n", "\r", "\n", ""])
        #expect(text.hasByteOrderMark)
        #expect(text.normalized == "a\nb\nc\nd")
        #expect(text.text == "\u{FEFF}a\r\nb\rc\nd")
        #expect(TextLines("").lines == [""])
        #expect(TextLines("x\r\n").lines == ["x", ""])
    }

    @Test("lines are cut at scalars: a mark before a combining accent, and accents after a line break, stay whole")
    func textLinesCutAtScalars() {
        let text = TextLines("\u{FEFF}\u{301}é\n\u{301}x\r\u{308}\r\n😀")
        #expect(text.hasByteOrderMark)
        #expect(text.lines == ["\u{301}é", "\u{301}x", "\u{308}", "😀"])
        #expect(text.endings == ["\n", "\r", "\r\n", ""])
        #expect(text.text == "\u{FEFF}\u{301}é\n\u{301}x\r\u{308}\r\n😀")
        #expect(TextLines("\u{FEFF}").lines == [""])
        #expect(TextLines("a\u{FEFF}b").lines == ["a\u{FEFF}b"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyEndingParsesWithTheSamePositions(ending: String) {
        for mark in [false, true] {
            let lesson = LessonParser.parse(written(ending, byteOrderMark: mark), path: "e.md")
            #expect(lesson.title == "Endings")
            #expect(lesson.cells.count == 1)
            #expect(lesson.cells.first?.origin.line == 7)
            #expect(lesson.inlineCells.count == 1)
            #expect(lesson.inlineCells.first?.expression == "a * 2")
            #expect(lesson.inlineCells.first?.statedLocation == SourceLocation(file: "e.md", line: 11, column: 25))
            #expect(lesson.sourceLines[10] == "Twice is `{nn} a * 2 => 5`, said on line 11.")
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func checkReportsTheDriftAtItsLine(ending: String) throws {
        let path = try write(written(ending), name: "check.md")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let check = Checker.check(lessonAt: path)
        #expect(check.failures.map(\.line) == [11])
        #expect(check.failures.first?.actual == "4")
        #expect(check.items.filter(\.passed).count == 1)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func acceptKeepsEndingsMarkAndMode(ending: String) throws {
        let original = written(ending, byteOrderMark: true)
        let path = try write(original, name: "accept.md")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        chmod(path, 0o600)
        let check = Checker.check(lessonAt: path, options: .init(accept: true))
        #expect(check.acceptedDiff != nil)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let expected = original.replacingOccurrences(of: "=> 5", with: "=> 4")
        #expect(bytes.dropFirst(3) == Data(expected.dropFirst().utf8))
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(Checker.check(lessonAt: path).failures.isEmpty)
    }

    @Test func acceptWritesThroughASymbolicLink() throws {
        let path = try write(written("\n"), name: "real.md")
        let folder = (path as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let link = folder + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        _ = Checker.check(lessonAt: link, options: .init(accept: true))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("`{nn} a * 2 => 4`"))
    }

    private func write(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("endings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
