import Foundation
import Testing
@testable import Language

struct SessionTests {
    private func run(_ source: String, _ session: Session = Session(), line: Int = 1) -> CellResult {
        session.run(source, origin: SourceOrigin(file: "lesson.md", line: line, column: 1))
    }

    @Test func stateCarriesAcrossCells() {
        let session = Session()
        _ = run("var total = 1", session)
        let result = run("total += 41\ntotal", session)
        #expect(result.outputs == [.value("42")])
    }

    @Test func errorsStayInTheirCellAndMapToLessonLines() {
        let session = Session()
        let failed = run("func gradient(_ x: Double) -> Double { 2 * x }\nlet b = gradiant(1)", session, line: 10)
        #expect(failed.failed)
        let diagnostic = failed.diagnostics[0]
        #expect(diagnostic.location == SourceLocation(file: "lesson.md", line: 11, column: 9))
        #expect(diagnostic.message == "unknown name `gradiant`")
        #expect(diagnostic.suggestion == "gradient")
        #expect(!run("gradient(1)", session).failed)
    }

    @Test(arguments: [("concatenate([x, x])", "concat"), ("len(x)", "xs.count"), ("float(2)", "Double"), ("None", "nil")])
    func pythonNamesSuggestSwiftNNs(_ code: String, _ suggestion: String) {
        let result = run("let x = tensor([1.0])\nlet y = \(code)")
        #expect(result.diagnostics.first?.suggestion == suggestion)
    }

    @Test func printedTextAndFinalValueInOrder() {
        let result = run("print(\"x\", 1)\nprint(2.0)\n2/3")
        #expect(result.outputs == [.text("x 1\n2.0\n"), .value("0.6666666666666666")])
    }

    @Test("a recursion limit above the ceiling is held to it, so deep recursion ends in an error, not a stack overflow")
    func recursionCeiling() {
        let session = Session(limits: Limits(maxRecursionDepth: 10_000_000))
        let result = run("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\ndown(1_000_000)", session)
        #expect(result.diagnostics.first?.message.contains("recursion depth limit of \(Limits.recursionCeiling)") == true)
        #expect(result.diagnostics.first?.message.contains("ulimit") == false, "a full-size stack gives no reason")
    }

    @Test("the time limit stops a loop of heavy steps promptly, though it takes few steps")
    func timeoutWithHeavySteps() {
        let session = Session(limits: Limits(stepBudget: .max, timeout: 0.3))
        let start = ContinuousClock.now
        let result = run("let x = ones(5_000_000)\nwhile true { let y = x + 1 }", session)
        #expect(result.diagnostics.first?.message.contains("time limit of 0.3 s exceeded") == true)
        // Before, the clock was read every 4096 steps: a minute of such steps. Generous for a loaded machine.
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test("a named pipe in the lesson's folder is refused, not read (the read would wait forever)")
    func csvRefusesPipes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessonrun-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.csv").path, 0o600) == 0)
        let result = Session().run("csv(\"pipe.csv\")", origin: SourceOrigin(file: folder.appendingPathComponent("l.md").path))
        #expect(result.diagnostics.first?.message.contains("is not a regular file") == true)
    }

    @Test("the memory limit stops a loop that fills an array with tensors, before the system would kill the process")
    func memoryLimit() throws {
        let held = try #require(ResidentMemory.sizes()).resident
        let session = Session(limits: Limits(memory: held + 300_000_000))
        let result = run("var xs = []\nfor _ in 0..<1000 {\n    xs.append(ones(1_000_000))\n}", session)
        #expect(result.diagnostics.first?.message.contains("memory limit of") == true)
        // Inside the loop: at the call that allocated, or at the loop's own step count check.
        #expect([2, 3].contains(result.diagnostics.first?.location.line ?? 0))
    }

    @Test("the memory limit stops a loop whose assignments each copy a large shared array, which takes few steps")
    func memoryLimitOnCopyingAssignments() throws {
        let held = try #require(ResidentMemory.sizes()).resident
        let session = Session(limits: Limits(memory: held + 200_000_000))
        let source = "var rows = Array(repeating: Array(repeating: 0.0, count: 500_000), count: 400)\n"
            + "for i in 0..<400 {\n    rows[i][0] = 1.0\n}"
        let result = run(source, session)
        #expect(result.diagnostics.first?.message.contains("memory limit of") == true)
        #expect(result.diagnostics.first?.location.line == 3)
    }

    @Test func stepBudgetEndsInfiniteLoops() {
        let result = run("while true {}", Session(limits: Limits(stepBudget: 10_000)))
        #expect(result.diagnostics.first?.message.contains("step budget of 10000 exceeded") == true)
    }

    @Test func timeoutEndsLongCells() {
        let session = Session(limits: Limits(stepBudget: .max, timeout: 0.2))
        let result = run("var i = 0\nwhile true { i += 1 }", session)
        #expect(result.diagnostics.first?.message.contains("time limit of 0.2 s exceeded") == true)
    }

    @Test func recursionLimitEndsRunawayRecursion() {
        let result = run("func f(_ n: Int) -> Int { f(n + 1) }\nf(0)", Session(limits: Limits(maxRecursionDepth: 500)))
        #expect(result.diagnostics.first?.message.contains("recursion depth limit of 500 exceeded") == true)
    }

    @Test func defaultRecursionLimitDoesNotOverflowTheNativeStack() {
        let result = run("func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }\nf(1900)")
        #expect(result.outputs == [.value("1900")])
    }

    @Test func expectationsAreRecordedWithTheirLocation() {
        let result = run("1 + 1 //=> 3", line: 5)
        #expect(result.expectations.count == 1)
        #expect(result.expectations[0].passed == false)
        #expect(result.expectations[0].actual == "2")
        #expect(result.expectations[0].location.line == 5)
        #expect(result.expectations[0].location.column == 12)
    }

    @Test func aLessonToleranceReplacesTheWrittenPrecisionButNotAnExplicitOne() {
        let session = Session()
        session.tolerance = 0.1
        let result = run("1.0 //=> 1.05\n1.0 //=> 1.05 ± 0.01", session)
        #expect(result.expectations.map(\.passed) == [true, false])
    }

    @Test func aCheckedLastLineIsNotShownTwice() {
        let result = run("let x = 2\nx * 3 //=> 6")
        #expect(result.outputs.isEmpty)
        #expect(result.expectations.map(\.passed) == [true])
    }

    @Test func figuresAreDescribedInOrder() {
        let result = run("print(1)\nplot([1, 2, 3])\nshow()\nprint(2)\nscatter([1], [2])")
        #expect(result.outputs.count == 4)
        guard case .figure(let figure) = result.outputs[1] else {
            Issue.record("expected a figure second")
            return
        }
        #expect(figure.marks.count == 1)
    }

    @Test func gradOfTheLectureFunction() {
        let result = run("func f(_ x: Double) -> Double { 3*x**2 - 4*x + 5 }\nlet df = grad(f)\n[f(2/3), df(2/3), df(-2)]")
        #expect(result.outputs == [.value("[3.666666666666667, 0.0, -16.0]")])
    }
}
