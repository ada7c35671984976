import Foundation
import Testing

/// Under a tight `ulimit -v` the cell thread's preferred 1 GiB stack cannot be mapped: lessonrun takes a smaller
/// stack (and a recursion limit to match) instead of waiting forever for a thread that never started.
@Suite("Resource limits of the process")
struct ResourceLimitTests {
    @Test func rendersUnderATightAddressSpaceLimit() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(
            ["lessons/gd.md", "-o", folder.path], timeout: 60, addressSpaceKB: 1_500_000)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/gd.html"))
    }

    @Test func buildsInParallelUnderATightAddressSpaceLimit() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(
            ["build", "lessons", "-o", folder.path + "/site", "--jobs", "2", "--no-cache"], timeout: 120,
            addressSpaceKB: 1_500_000)
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    @Test func deepRecursionEndsInALimitErrorOnTheSmallerStack() throws {
        let program = "func f(_ n: Double) -> Double {\n  if n == 0 { return 0 }\n  return 1 + f(n - 1)\n}\nf(19000)\n"
        let result = try BinaryRunner.run(
            ["eval", "-", "--max-depth", "20000"], stdin: program, timeout: 60, addressSpaceKB: 600_000)
        #expect(result.status == 1)
        #expect(result.stderr.contains("recursion depth limit of"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("not 20000, because the process's address-space limit"), "stderr: \(result.stderr)")
    }
}

/// A lesson's strings reach the terminal with their control characters escaped.
@Suite("Terminal output")
struct TerminalOutputTests {
    @Test func printedTextAndReportsCarryNoEscapeSequences() throws {
        let program = "let s = \"\u{1B}[2J\u{1B}[H\"\nprint(\"evil\" + s)\ns //=> \"ok\"\n"
        let result = try BinaryRunner.run(["eval", "-"], stdin: program)
        #expect(result.status == 1)
        #expect(result.stdout == "evil\\u{1B}[2J\\u{1B}[H\n")
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("expected \"ok\""))
    }
}

/// The memory limit follows `--memory-limit`, and under `ulimit -v` a cell stops with an error before an
/// allocation fails and the process aborts.
@Suite("Memory limits")
struct MemoryLimitTests {
    static let hungry = "var keep = [zeros(10)]\nfor i in 0..<400 { keep.append(zeros(1000000) + i) }\nkeep.count\n"

    @Test func memoryLimitOptionStopsTheCell() throws {
        let result = try BinaryRunner.run(["eval", "-", "--memory-limit", "300M"], stdin: Self.hungry)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: memory limit of 0.3 GB exceeded"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("<stdin>:2:"))
    }

    @Test func aBadSizeIsAUsageError() throws {
        let result = try BinaryRunner.run(["eval", "-", "--memory-limit", "lots"], stdin: "1\n")
        #expect(result.status == 64 || result.status == 2)
        #expect(result.stderr.contains("--memory-limit takes a size such as 2G"))
    }

    @Test func anAddressSpaceLimitEndsInALocatedErrorNotAnAbort() throws {
        let result = try BinaryRunner.run(["eval", "-"], stdin: Self.hungry, timeout: 60, addressSpaceKB: 1_200_000)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("that `ulimit -v` allows"), "stderr: \(result.stderr)")
    }
}
