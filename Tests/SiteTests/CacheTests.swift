import Foundation
import Testing

@testable import Site

@Suite("The build cache")
struct CacheTests {
    @Test func aProseEditReRendersWithoutRunningAnyCell() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        let first = try fixture.build()
        #expect(first.executedUnits == 7)
        #expect(first.lessons.map(\.reason) == ["not built before", "not built before", "not built before"])
        let intro = try fixture.read("course/intro.md")
        try fixture.write(
            intro.replacingOccurrences(of: "Welcome.", with: "Welcome, reader.\n\nA new paragraph moves every cell down."),
            to: "course/intro.md")
        let second = try fixture.build()
        #expect(second.executedUnits == 0)
        #expect(second.lessons.allSatisfy { $0.reason == nil })
        #expect(try fixture.read("site/intro.html").contains("A new paragraph moves every cell down."))
        _ = try fixture.build(output: "fresh", useCache: false)
        #expect(try fixture.files(under: "site") == fixture.files(under: "fresh"))
    }

    @Test func aCodeEditReRunsItsLessonAndSaysWhy() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        let slopes = try fixture.read("course/part2/slopes.md")
        try fixture.write(slopes.replacingOccurrences(of: "df(2/3) //=> 0.0", with: "df(1) //=> 2.0"), to: "course/part2/slopes.md")
        let result = try fixture.build()
        #expect(result.lessons.map(\.executedUnits) == [0, 2, 0])
        #expect(result.lessons[1].reason == "cell 1 (line 7) changed")
        let intro = try fixture.read("course/intro.md")
        try fixture.write(intro.replacingOccurrences(of: "rate / 2 => 0.05", with: "rate / 4 => 0.025"), to: "course/intro.md")
        let inline = try fixture.build()
        #expect(inline.lessons[0].reason?.hasPrefix("inline value 2 (line 24) changed; the code before it re-ran") == true)
    }

    @Test func aChangedDataFileReRunsTheCellsThatNameIt() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        try fixture.write("x,y\n0,2\n", to: "course/data/points.csv")
        let result = try fixture.build()
        #expect(result.lessons[0].reason == "cell 1 (line 14) reads data/points.csv, which changed")
        #expect(result.lessons.dropFirst().allSatisfy { $0.reason == nil })
        #expect(try fixture.read("site/data/points.csv") == "x,y\n0,2\n")
    }

    @Test func anotherLessonrunOrOtherLimitsReRunEverything() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build()
        var options = fixture.options()
        options.tool = "lessonrun next"
        #expect(try SiteBuilder.build(options).lessons.allSatisfy { $0.reason == "lessonrun itself changed" })
        options.limits.stepBudget = 1_000
        #expect(try SiteBuilder.build(options).lessons.allSatisfy {
            $0.reason == "the run settings changed (limits, timeouts or tolerance)"
        })
        let uncached = try fixture.build(useCache: false)
        #expect(uncached.lessons.allSatisfy { $0.reason == "--no-cache" })
    }
}
