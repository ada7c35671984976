import Foundation
import Testing

@testable import Notebook

@Suite("Snapshots of displayed outputs")
struct SnapshotTests {
    static let lesson = """
        ```swift-nn
        //| label: setup
        let xs = [0.0, 0.5, 1.0]
        print("mean", (xs[0] + xs[1] + xs[2]) / 3)
        xs.map { $0 * 2 }
        ```

        Value `{nn} xs[1] * 4`.

        ```swift-nn
        plot(xs, xs.map { $0 * $0 }, label: "square")
        title("Squares")
        ```

        ```swift-nn
        //| check: false
        print("left out")
        ```
        """

    static func executed(_ text: String = lesson) -> ExecutedLesson {
        Executor.execute(LessonParser.parse(text, path: "snap.md"))
    }

    @Test func recordsTextValuesAndFigureDataNamedByCell() {
        let text = Snapshot.record(Self.executed()).text(lesson: "snap.md")
        #expect(text.contains("\n== setup (line 1)\ntext: mean 0.5\nvalue: [0.0, 1.0, 2.0]\n"))
        #expect(text.contains("\n== cell 2 (line 10)\nfigure:\n"))
        #expect(text.contains("title: \"Squares\"\n"))
        #expect(text.contains(".xs: 0.0 0.5 1.0\n"))
        #expect(text.contains(".ys: 0.0 0.25 1.0\n"))
        #expect(!text.contains("left out"))
        #expect(text.hasSuffix("\n== inline values\nxs[1] * 4 => 2.0\n"))
        #expect(Snapshot.parse(text) == Snapshot.record(Self.executed()))
    }

    @Test("printed carriage returns stay inside their lines, as the snapshot recorded them")
    func carriageReturnsRoundTrip() {
        let lesson = "# CR\n\n```swift-nn\nprint(\"a\\rb\")\nprint(\"c\\r\\nd\")\nprint(\"e\")\n```\n"
        let executed = Self.executed(lesson)
        let recorded = Snapshot.record(executed)
        #expect(Snapshot.parse(recorded.text(lesson: "cr.md")) == recorded)
        let items = SnapshotComparison(executed: executed, recorded: Snapshot.parse(recorded.text(lesson: "cr.md")),
                                       fileName: "cr.snapshot.txt").items()
        #expect(items.allSatisfy { $0.passed })
    }

    @Test("a snapshot checked out with CRLF line ends, as git's autocrlf does, reads as the one recorded")
    func windowsLineEndsRead() {
        // git adds a carriage return to each line feed that has none; a printed lone `\r` stays inside its line.
        func checkedOut(_ text: String) -> String {
            var bytes: [UInt8] = []
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\n"), bytes.last != UInt8(ascii: "\r") { bytes.append(UInt8(ascii: "\r")) }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let lesson = "# CR\n\n```swift-nn\nprint(\"a\\rb\")\nprint(\"e\")\n```\n"
        let recorded = Snapshot.record(Self.executed(lesson))
        let converted = checkedOut(recorded.text(lesson: "cr.md"))
        #expect(converted.utf8.count > recorded.text(lesson: "cr.md").utf8.count)
        #expect(Snapshot.parse(converted) == recorded)
        let plain = Snapshot.record(Self.executed())
        #expect(Snapshot.parse(checkedOut(plain.text(lesson: "snap.md"))) == plain)
    }

    @Test func aRunMatchesItsOwnSnapshotAndSmallNoiseIsTolerated() {
        let recorded = Snapshot.record(Self.executed())
        var noisy = recorded
        noisy.sections[0].lines[0] = "text: mean 0.50000000000001"
        for snapshot in [recorded, noisy] {
            let items = SnapshotComparison(executed: Self.executed(), recorded: snapshot, fileName: "snap.snapshot.txt").items()
            #expect(items.count == 3)
            #expect(items.allSatisfy { $0.passed })
        }
    }

    @Test func aDriftNamesTheCellAndTheNumbers() {
        var recorded = Snapshot.record(Self.executed())
        recorded.sections[0].lines[1] = "value: [0.0, 1.1, 2.0]"
        let items = SnapshotComparison(executed: Self.executed(), recorded: recorded, fileName: "snap.snapshot.txt").items()
        let failed = items.filter { !$0.passed }
        #expect(failed.count == 1)
        #expect(failed.first?.message == "setup drifted from snap.snapshot.txt: recorded 1.1, now 1.0 (in `value: [0.0, 1.0, 2.0]`)")
        #expect(failed.first?.line == 1)
    }

    @Test func newAndRemovedCellsAreReported() {
        var recorded = Snapshot.record(Self.executed())
        recorded.sections[1].key = "cell 9"
        let items = SnapshotComparison(executed: Self.executed(), recorded: recorded, fileName: "s.txt").items()
        let messages = items.filter { !$0.passed }.compactMap(\.message)
        #expect(messages.contains { $0.hasPrefix("cell 2 is not in s.txt") })
        #expect(messages.contains { $0.hasPrefix("s.txt records cell 9, which the lesson no longer has") })
    }

    @Test func checkUpdatesThenComparesTheFileBesideTheLesson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("snap.md").path
        try Self.lesson.write(toFile: path, atomically: true, encoding: .utf8)
        let recorded = Checker.check(lessonAt: path, options: .init(updateSnapshots: true))
        #expect(recorded.updatedSnapshot == folder.appendingPathComponent("snap.snapshot.txt").path)
        #expect(Checker.check(lessonAt: path, options: .init(updateSnapshots: true)).updatedSnapshot == nil)
        #expect(Checker.check(lessonAt: path).passed)
        try Self.lesson.replacingOccurrences(of: "$0 * 2", with: "$0 * 3").write(toFile: path, atomically: true, encoding: .utf8)
        let drifted = Checker.check(lessonAt: path)
        #expect(drifted.failures.map(\.name) == ["snapshot of setup"])
    }

    @Test func tokensSeparateNumbersFromText() {
        #expect(SnapshotText.tokens("x2 = -1.5e-3, n=4") == [
            .text("x2 = "), .number(-0.0015, "-1.5e-3"), .text(", n="), .number(4, "4"),
        ])
    }
}
