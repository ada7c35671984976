import Foundation
import Testing

@Suite("The command line: version, did-you-mean and shards")
struct CommandLineTests {
    @Test func versionPrintsTheNumber() throws {
        let output = try BinaryRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout == "0.2.0\n")
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let output = try BinaryRunner.run(["chek", "lessons"])
        #expect(output.status == 2)
        #expect(output.stderr == "lessonrun: unknown command `chek`; did you mean `check`?\n")
        let far = try BinaryRunner.run(["zzzzzz.md"])
        #expect(!far.stderr.contains("did you mean"))
    }

    @Test func shardsSplitTheLessonsByPathWithoutOverlap() throws {
        var seen: [String] = []
        for k in 1...3 {
            // A shard runs real lessons (intro-nn.md alone takes 16 s in a debug build), so it gets the time a
            // loaded machine needs; this test is about which lessons run, not how fast.
            let output = try BinaryRunner.run(["check", "--shard", "\(k)/3", "--format", "json", "lessons"], timeout: 120)
            #expect(output.status == 0)
            let lessons = output.stdout.split(separator: "\"").filter { $0.hasPrefix("lessons/") && $0.hasSuffix(".md") }
            seen += Set(lessons.map(String.init)).sorted()
        }
        let all = try FileManager.default.contentsOfDirectory(atPath: BinaryRunner.root.path + "/lessons")
            .filter { $0.hasSuffix(".md") }.map { "lessons/" + $0 }.sorted()
        #expect(seen.sorted() == all)
        #expect(Set(seen).count == seen.count)
        let bad = try BinaryRunner.run(["check", "--shard", "4/3", "lessons"])
        #expect(bad.status == 2)
    }
}
