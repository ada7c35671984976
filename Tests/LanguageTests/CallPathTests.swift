import Testing
@testable import Language

/// The fast path for calls of `func` names (`CalleeCache`, frames not linked to their captured frame when the
/// body does not read it, arguments initialized in place) against the slow path's answers.
@Suite("Calls of func names")
struct CallPathTests {
    private func run(_ source: String, _ session: Session) -> CellResult {
        session.run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
    }

    private func value(_ source: String, _ session: Session = Session()) -> CellOutput? {
        run(source, session).outputs.last
    }

    @Test func aFunctionRedeclaredInALaterCellIsTheOneCalled() {
        let session = Session()
        _ = run("func f(_ x: Double) -> Double { x + 1 }\nfunc twice(_ x: Double) -> Double { f(f(x)) }", session)
        #expect(value("twice(0)", session) == .value("2"))
        _ = run("func f(_ x: Double) -> Double { x * 10 }", session)
        #expect(value("twice(1)", session) == .value("100"))
        #expect(value("f(3)", session) == .value("30"))
    }

    @Test func aLocalFunctionDeclaredOnEachIterationSeesThatIterationsValues() {
        let source = """
            var total = 0
            for i in 1...4 {
                func add(_ x: Int) -> Int { x + i }
                total += add(10 * i)
            }
            total
            """
        #expect(value(source) == .value("110"))
    }

    @Test func aFunctionThatReadsAnEnclosingLocalStillSeesIt() {
        let source = """
            func outer(_ k: Double) -> Double {
                func inner(_ x: Double) -> Double { x * k }
                func deeper(_ x: Double) -> Double {
                    func deepest() -> Double { x + k }
                    return deepest()
                }
                return inner(2) + deeper(1)
            }
            outer(3) + outer(5)
            """
        #expect(value(source) == .value("26"))
    }

    @Test func aLocalFunctionCalledBeforeItsDeclarationRanIsReportedAtTheName() {
        let session = Session()
        let source = "func outer() -> Int {\n    func a() -> Int { b() }\n    let early = a()\n    func b() -> Int { 7 }\n"
            + "    return early\n}\nouter()"
        let early = run(source, session)
        #expect(early.diagnostics.first?.message == "`b` is called before its `func` declaration has run; declare it above this call")
        #expect(early.diagnostics.first?.location == SourceLocation(file: "lesson.md", line: 2, column: 23))
        #expect(value("func a() -> Int { b() }\nfunc b() -> Int { 7 }\na() + b()", session) == .value("14"))
    }

    @Test func aCellsFunctionsAreDeclaredBeforeItsOtherStatementsRun() {
        let session = Session()
        #expect(value("func a() -> Int { b() }\nlet early = a()\nfunc b() -> Int { 7 }\nearly", session) == .value("7"))
        // The last line's value is shown only when it is the cell's last statement, wherever the functions are.
        #expect(value("1 + 1\nfunc c() {}", session) == nil)
    }

    @Test func recursionAndArgumentsThatCallTheSameFunction() {
        let source = """
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func g(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 100 + b * 10 + c }
            g(fib(fib(5)), g(1, 2, 3) % 10, fib(4)) + fib(20)
            """
        let expected = 533 + 6765  // g(5, 3, 3) + fib(20)
        #expect(value(source) == .value(String(expected)))
    }

    @Test func argumentsHoldingObjectsAreNotLostWhenAFrameIsReused() {
        let source = """
            func total(_ xs: [Double], _ scale: Double) -> Double {
                var sum = 0.0
                for x in xs { sum += x * scale }
                return sum
            }
            var all = 0.0
            for i in 0..<100 {
                all += total([Double(i), 1.0], 2.0)
            }
            all
            """
        #expect(value(source) == .value("10100.0"))
    }

    @Test func anArgumentThatFailsLeavesTheNextCallWorking() {
        let session = Session()
        _ = run("func f(_ a: [Double], _ b: Double) -> Double { a[0] + b }\nlet xs = [1.0]", session)
        let failed = run("f(xs, xs[3])", session)
        #expect(failed.failed)
        #expect(value("f(xs, 2)", session) == .value("3.0"))
    }

    @Test func closuresMadeInACallKeepTheirFrame() {
        let source = """
            func counter(_ start: Int) -> () -> Int {
                var n = start
                return { n += 1; return n }
            }
            let a = counter(10)
            let b = counter(20)
            a() + a() + b()
            """
        #expect(value(source) == .value("44"))
    }
}
