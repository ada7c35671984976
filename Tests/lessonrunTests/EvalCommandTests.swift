import Foundation
import Testing

@Suite("lessonrun eval, end to end")
struct EvalCommandTests {
    @Test func evaluatesStandardInput() throws {
        let result = try BinaryRunner.run(["eval", "-"], stdin: "let x = 2\nprint(\"x is\", x)\nx ** 10\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "x is 2\n1024\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func evaluatesAFile() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.swift-nn").path
        try "func f(_ x: Double) -> Double { 3*x**2 - 4*x + 5 }\ngrad(f)(2/3)\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["eval", path])
        #expect(result.status == 0)
        #expect(result.stdout == "0.0\n")
    }

    @Test func anErrorGoesToStandardErrorWithItsLocation() throws {
        let result = try BinaryRunner.run(["eval", "-"], stdin: "let rate = 0.1\nrat * 2\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:2:1: error: "))
        #expect(result.stderr.contains("did you mean `rate`?"))
    }

    @Test func anInfiniteLoopStopsWithinSeconds() throws {
        let result = try BinaryRunner.run(["eval", "-"], stdin: "while true {}\n", timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("step budget"))
        #expect(result.seconds < 30)
    }

    @Test func unboundedRecursionStopsWithinSeconds() throws {
        let result = try BinaryRunner.run(
            ["eval", "-"], stdin: "func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)\n", timeout: 20)
        #expect(result.status == 1)
        #expect(result.stderr.contains("recursion depth"))
        #expect(result.seconds < 30)
    }

    @Test func theLimitsAreConfigurable() throws {
        let result = try BinaryRunner.run(
            ["eval", "--step-budget", "1000", "-"], stdin: "var i = 0\nwhile i < 100000 { i += 1 }\ni\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("step budget of 1000 exceeded"))
        let deep = try BinaryRunner.run(
            ["eval", "--max-depth", "10", "-"], stdin: "func r(_ n: Int) -> Int {\n  if n == 0 { return 0 }\n  return r(n - 1)\n}\nr(50)\n")
        #expect(deep.status == 1)
        #expect(deep.stderr.contains("recursion depth limit of 10 exceeded"))
    }

    @Test func aMissingFileExitsTwo() throws {
        let result = try BinaryRunner.run(["eval", "no-such-file.swift-nn"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read no-such-file.swift-nn"))
    }
}
