import Foundation
import Testing

@Suite("lessonrun build, end to end")
struct BuildCommandTests {
    static let fixtureCourse = BinaryRunner.root.appendingPathComponent("Tests/SiteTests/Fixtures/course").path

    @Test func buildsTheFixtureCourseQuietlyWhenPiped() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("site").path
        let cache = folder.appendingPathComponent("cache").path
        let first = try BinaryRunner.run(["build", Self.fixtureCourse, "-o", out, "--cache-dir", cache, "--jobs", "2"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(!first.stdout.contains("[1/3]"))
        #expect(first.stdout.hasPrefix("built 3 lessons (3 run, 0 cached), "))
        #expect(first.stdout.hasSuffix(" → \(out)\n"))
        for page in ["index.html", "intro.html", "part2/slopes.html", "checks.html", "404.html", "search.html",
                     "style.css", "search.js", "search-index.js", "img/dot.svg", "data/points.csv"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + page), "\(page)")
        }
        let second = try BinaryRunner.run(["build", Self.fixtureCourse, "-o", out, "--cache-dir", cache, "--explain"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("\(Self.fixtureCourse)/intro.md: from the cache, no code ran\n"))
        #expect(second.stdout.contains("built 3 lessons (0 run, 3 cached), "))
        let uncached = try BinaryRunner.run(["build", Self.fixtureCourse, "-o", out, "--no-cache", "--explain"])
        #expect(uncached.stdout.contains("\(Self.fixtureCourse)/intro.md: ran 3 cells and inline values: --no-cache\n"))
    }

    @Test func aFailingLessonExitsOneAndItsPageShowsTheError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("course")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        try "# Broken\n\nSee [gone](gone.md).\n\n```swift-nn\n1 + 1 //=> 3\n```\n"
            .write(to: course.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("site").path
        let result = try BinaryRunner.run(["build", course.path, "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(course.path)/broken.md:3:12: error: broken link `gone.md`"))
        #expect(result.stderr.contains("\(course.path)/broken.md:6:12: error: expected 3, got 2"))
        #expect(result.stdout.contains(", 1 failed, "))
        let page = try String(contentsOfFile: out + "/broken.html", encoding: .utf8)
        #expect(page.contains("This lesson has 1 error and 1 failed expectation"))
        #expect(page.contains("broken link `gone.md`"))
    }

    @Test func usageErrorsExitTwo() throws {
        let missing = try BinaryRunner.run(["build", "no/such/course"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "lessonrun: course: cannot read no/such/course: no such folder\n")
        let clobber = try BinaryRunner.run(["build", Self.fixtureCourse, "-o", Self.fixtureCourse])
        #expect(clobber.status == 2)
        #expect(clobber.stderr.contains("would replace the lessons"))
        #expect(try BinaryRunner.run(["build", Self.fixtureCourse, "--jobs", "0"]).status == 2)
        let help = try BinaryRunner.run(["build", "--help"])
        for option in ["--output", "--jobs", "--no-cache", "--explain", "--cache-dir", "--lesson-timeout", "--timeout"] {
            #expect(help.stdout.contains(option), "build --help lacks \(option)")
        }
    }
}
