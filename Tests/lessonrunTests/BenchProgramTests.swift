import Foundation
import Testing

/// The programs `scripts/bench` times against CPython run under `lessonrun eval` and compute what their
/// Python twins compute, at a few iterations, so a benchmark never times a program that stopped working.
@Suite("Benchmark programs")
struct BenchProgramTests {
    /// The program with `@N@` replaced, run through `lessonrun eval`; its printed numbers.
    private func run(_ name: String, iterations: Int) throws -> [Double] {
        let source = try String(
            contentsOf: BinaryRunner.root.appendingPathComponent("scripts/bench-programs/\(name).nn"), encoding: .utf8)
        let result = try BinaryRunner.run(
            ["eval", "-"], stdin: source.replacingOccurrences(of: "@N@", with: "\(iterations)"), timeout: 60)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
    }

    @Test func theScalarLoopSumsAsSwiftDoes() throws {
        var (s, x) = (0.0, 0.5)
        for _ in 0..<10_000 {
            x = x * 1.000001 + 0.25
            if x > 100 { x -= 100 } else { s += x }
        }
        let printed = try run("loop", iterations: 10_000)
        #expect(printed.count == 1 && abs(printed[0] - s) <= 1e-12 * s)
    }

    @Test func callsAndGradientDescentReachTheirFixedPoints() throws {
        // total = total·0.5 + 1 converges to 2; the descent to the minimum (3, −1).
        #expect(try run("calls", iterations: 200) == [2])
        let minimum = try run("gd", iterations: 5_000)
        #expect(minimum.count == 2 && abs(minimum[0] - 3) < 1e-9 && abs(minimum[1] + 1) < 1e-9)
    }

    @Test func recursionAndTheDictionaryCountAsPythonDoes() throws {
        // fib(15) = 610, added once per iteration; 1 000 keys taken modulo 100 make 100 entries.
        #expect(try run("recursion", iterations: 3) == [1830])
        #expect(try run("dictionary", iterations: 1_000) == [100])
    }

    @Test func theMicrogradDemoLowersItsLoss() throws {
        let first = try run("micrograd", iterations: 1), later = try run("micrograd", iterations: 20)
        #expect(first.count == 1 && later.count == 1)
        #expect(later[0] > 0 && later[0] < first[0], "loss after 1 step \(first), after 20 \(later)")
    }
}
