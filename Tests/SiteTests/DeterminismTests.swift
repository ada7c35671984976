import Foundation
import Testing

@testable import Site

@Suite("Builds are deterministic")
struct DeterminismTests {
    @Test func buildingTwiceGivesTheSameBytes() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build(output: "first", useCache: false)
        _ = try fixture.build(output: "second", useCache: false)
        let first = try fixture.files(under: "first"), second = try fixture.files(under: "second")
        #expect(first.count > 8)
        #expect(first == second)
    }

    @Test func twoJobsBuildWhatOneJobBuilds() throws {
        let fixture = try SiteFixture("course")
        defer { fixture.remove() }
        _ = try fixture.build(output: "one", jobs: 1, useCache: false)
        _ = try fixture.build(output: "two", jobs: 2, useCache: false)
        #expect(try fixture.files(under: "one") == fixture.files(under: "two"))
    }
}
