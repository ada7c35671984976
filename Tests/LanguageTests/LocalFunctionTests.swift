import Testing
@testable import Language

/// A local `func` its block only calls is reached without a function value in its frame (`LocalFunction`), so a
/// recursive helper no longer keeps each call's frame alive. Everything else about local functions stays: calls
/// before the declaration, labels and defaults, limits, and functions used as values (the general path).
@Suite(.serialized) struct LocalFunctionTests {
    private func last(_ source: String, _ session: Session = Session()) -> CellOutput? {
        runCell(source, in: session).outputs.last
    }

    /// Runs a function whose every call holds an 8 MB array, 100 times, under a limit of 300 MB more than the
    /// process holds: kept alive, the calls' frames would pass it; freed, they hold one array at a time.
    /// `helper` declares what reads the array and `result` uses it.
    private func hundredCalls(_ helper: String, _ result: String) throws -> CellResult {
        let held = try #require(ResidentMemory.sizes()).resident
        let session = Session(limits: Limits(memory: held + 300_000_000))
        let program = """
            func outer(_ k: Int) -> Double {
                let big = [Double](repeating: 1.0, count: 1_000_000)
                \(helper)
                return \(result)
            }
            var total = 0.0
            for k in 0..<100 { total += outer(k) }
            total
            """
        return runCell(program, in: session)
    }

    @Test func aRecursiveHelperFreesItsCallsFrames() throws {
        let result = try hundredCalls(
            "func inner(_ n: Int) -> Double { n == 0 ? big[k] : inner(n - 1) + 1 }", "inner(3)")
        #expect(result.diagnostics.isEmpty)
        #expect(result.outputs.last == .value("400.0"))
    }

    @Test func aClosureInAConstantFreesItsCallsFrames() throws {
        let result = try hundredCalls(
            "let lift = { (x: Double) -> Double in x + big[k] }", "[1.0, 2.0].map { lift($0) }.reduce(0, +)")
        #expect(result.diagnostics.isEmpty)
        #expect(result.outputs.last == .value("500.0"))
    }

    @Test func closuresInConstantsKeepTheirMeaning() {
        let program = """
            func f() -> [Double] {
                let a = { $0 * 2 }
                let b = { x in x + 1 }
                let c = { (x: Double) -> Double in x * x }
                let d = { p, q in p - q }
                let e = { 42.0 }
                let twice = { (x: Double) -> Double in 2 * x }
                let apply = { (x: Double) -> Double in twice(twice(x)) }
                return [a(1.5), b(2.0), c(3.0), d(5.0, 1.0), e(), apply(1.0)]
            }
            f()
            """
        #expect(last(program) == .value("[3.0, 3.0, 9.0, 4.0, 42.0, 4.0]"))
        let extra = runCell("func f() -> Double {\n    let sq = { (x: Double) -> Double in x * x }\n    return sq(1, 2)\n}")
        #expect(extra.diagnostics.first?.message == "extra argument in call to `closure`: it takes 1, got 2")
        // Used as a value too: the usual closure.
        #expect(last("func f() -> [Double] {\n    let sq = { (x: Double) -> Double in x * x }\n    return [1.0, 3.0].map(sq)\n}\nf()")
            == .value("[1.0, 9.0]"))
    }

    @Test func callsKeepTheirMeaning() {
        // Mutual recursion, labels and a default, a call from a closure two frames down, a loop body's function.
        let program = """
            func run(_ n: Int) -> [Int] {
                func isEven(_ k: Int) -> Bool { k == 0 ? true : isOdd(k - 1) }
                func isOdd(_ k: Int) -> Bool { k == 0 ? false : isEven(k - 1) }
                func scaled(_ x: Int, by factor: Int = 10) -> Int { x * factor }
                let evens = (0..<n).filter { k in [k].map { isEven($0) }[0] }
                var out = evens.map { scaled($0) }
            out.append(scaled(1, by: 2))
                for i in 0..<2 {
                    func twice(_ x: Int) -> Int { x * 2 + i }
                    out.append(twice(5))
                }
                return out
            }
            run(5)
            """
        #expect(last(program) == .value("[0, 20, 40, 2, 10, 11]"))
    }

    @Test func topLevelBlocksKeepTheirFunctions() {
        // Top-level code's locals live in the globals; its blocks' functions are called the usual way.
        #expect(last("if true {\n    func g(_ n: Int) -> Int { n == 0 ? 0 : g(n - 1) + 1 }\n    print(g(3))\n}\n7") == .value("7"))
        #expect(runCell("if true {\n    func g(_ n: Int) -> Int { n == 0 ? 0 : g(n - 1) + 1 }\n    print(g(3))\n}").outputs
            == [.text("3\n")])
        #expect(last("var out: [Int] = []\nfor i in 0..<3 {\n    func twice(_ x: Int) -> Int { x * 2 + i }\n    out.append(twice(5))\n}\nout")
            == .value("[10, 11, 12]"))
    }

    @Test func aFunctionUsedAsAValueStillWorksAndEscapes() {
        #expect(last("func f() -> [Int] {\n    func sq(_ x: Int) -> Int { x * x }\n    return [1, 2, 3].map(sq)\n}\nf()")
            == .value("[1, 4, 9]"))
        let escaping = """
            func make() -> (Int) -> Int {
                func count(_ n: Int) -> Int { n == 0 ? 0 : 1 + count(n - 1) }
                return count
            }
            let c = make()
            c(4)
            """
        #expect(last(escaping) == .value("4"))
        // A closure that calls the helper and leaves the function: the frame stays with it.
        let closure = """
            func make() -> () -> Int {
                let base = 40
                func deep(_ n: Int) -> Int { n == 0 ? base : deep(n - 1) + 1 }
                return { deep(2) }
            }
            make()()
            """
        #expect(last(closure) == .value("42"))
    }

    @Test func errorsAndLimitsAreTheSame() {
        let early = runCell("func f() -> Int {\n    let y = g()\n    func g() -> Int { 1 }\n    return y\n}\nf()")
        #expect(early.diagnostics.first?.message
            == "`g` is called before its `func` declaration has run; declare it above this call")
        #expect(early.diagnostics.first?.location.line == 2)
        let label = runCell("func f() -> Int {\n    func g(x: Int) -> Int { x }\n    return g(y: 1)\n}")
        #expect(label.diagnostics.first?.message.contains("y") == true)
        let deep = runCell(
            "func f() -> Int {\n    func down(_ n: Int) -> Int { down(n + 1) }\n    return down(0)\n}\nf()",
            in: Session(limits: Limits(maxRecursionDepth: 300)))
        #expect(deep.diagnostics.first?.message.contains("recursion depth limit of 300") == true)
        let steps = runCell(
            "func f() -> Int {\n    func spin(_ n: Int) -> Int { n == 0 ? 0 : spin(n - 1) }\n    return spin(5000)\n}\nf()",
            in: Session(limits: Limits(stepBudget: 1_000)))
        #expect(steps.diagnostics.first?.message.contains("step budget") == true)
    }

    @Test func onlyCallsCountAsCalls() {
        let body: [Stmt] = try! Parser.parse("func g() -> Int { 1 }\nlet a = g()\nlet b = [g, g]")
        #expect(!body.usesOnlyAsCallee("g"))
        let calls: [Stmt] = try! Parser.parse("func g(_ n: Int) -> Int { n == 0 ? 0 : g(n - 1) }\nlet a = { g(2) }()")
        #expect(calls.usesOnlyAsCallee("g"))
    }
}
