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

    @Test func printedTextAndFinalValueInOrder() {
        let result = run("print(\"x\", 1)\nprint(2.0)\n2/3")
        #expect(result.outputs == [.text("x 1\n2.0\n"), .value("0.6666666666666666")])
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
