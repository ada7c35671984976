import Testing
@testable import Language

/// Global functions of Int arithmetic and calls of themselves run a second compilation on plain Ints
/// (`IntegerFunction`). Each case is checked against the general path, which the same function takes when it is
/// declared inside another function: the values, the errors with their locations, and the steps counted.
@Suite struct IntegerFunctionTests {
    /// The function `name` in `session` compiled for Ints, or nil.
    private func integerForm(_ name: String, in session: Session) -> IntegerFunction? {
        guard let index = session.interpreter.globals.entries[name]?.index,
              case .function(let value) = session.interpreter.globals.slots[index],
              case .user(let compiled, _) = value.body
        else { return nil }
        return compiled.integer
    }

    /// The last output and the diagnostics of `call` after `declaration` at the top level (the Int path), and the
    /// same for the declaration wrapped in a function (the general path), with the steps each counted.
    private func bothPaths(_ declaration: String, _ name: String, _ call: String)
        -> (fast: (result: CellResult, steps: Int, abandoned: Int), general: (result: CellResult, steps: Int))
    {
        let fast = Session()
        _ = runCell(declaration, in: fast)
        #expect(integerForm(name, in: fast) != nil, "\(name) should run on Ints")
        let before = fast.interpreter.steps
        let fastResult = runCell(call, in: fast)
        let fastSteps = fast.interpreter.steps - before

        let general = Session()
        let indented = declaration.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        _ = runCell("func wrapper() -> Int {\n\(indented)\n    return 0\n}", in: general)
        let wrappedCall = "func probe() -> Int {\n\(indented)\n    return \(call)\n}\nprobe()"
        let beforeGeneral = general.interpreter.steps
        let generalResult = runCell(wrappedCall, in: general)
        // The wrapper adds one call, to `probe`.
        let generalSteps = general.interpreter.steps - beforeGeneral - 1
        let abandoned = integerForm(name, in: fast)?.abandonedRuns ?? -1
        return ((fastResult, fastSteps, abandoned), (generalResult, generalSteps))
    }

    /// Functions and calls; a call marked `true` is expected to leave the Int path (an overflow, a remainder by 0
    /// or −1), for the general path to give its Double, its error or its Int (gcd(7, -3) reaches `-2 % -1`).
    private static let functions: [(declaration: String, name: String, calls: [(String, Bool)])] = [
        ("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }", "fib",
         [("fib(0)", false), ("fib(1)", false), ("fib(20)", false), ("fib(-3)", false)]),
        ("func fib(_ n: Int) -> Int {\n    if n < 2 { return n }\n    return fib(n - 1) + fib(n - 2)\n}", "fib", [("fib(15)", false)]),
        ("func ack(_ m: Int, _ n: Int) -> Int { m == 0 ? n + 1 : (n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1))) }",
         "ack", [("ack(2, 3)", false), ("ack(0, 0)", false)]),
        ("func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }", "gcd",
         [("gcd(1071, 462)", false), ("gcd(-7, 3)", false), ("gcd(7, -3)", true), ("gcd(0, 0)", false), ("gcd(5, 0)", false),
          ("gcd(0, 5)", false)]),
        ("func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }", "fact",
         [("fact(20)", false), ("fact(21)", true), ("fact(25)", true)]),
        ("func f(x: Int, y: Int, z: Int) -> Int {\n    if x <= 0 || !(y != 3) && z > -1 { return -z }\n    else { return f(x: x - 1, y: y, z: 1 - z * 2) }\n}",
         "f", [("f(x: 5, y: 3, z: 1)", false), ("f(x: 5, y: 2, z: 1)", false), ("f(x: 0, y: 0, z: 0)", false)]),
        ("func big(_ n: Int) -> Int { n == 0 ? 9223372036854775807 : big(n - 1) }", "big", [("big(3)", false)]),
        ("func down(_ n: Int) -> Int { n == 0 ? -9223372036854775807 - 1 : -down(n - 1) }", "down",
         [("down(0)", false), ("down(1)", true)]),
        // Past 2⁵³ every comparison is exact, against a literal too, as on the general path.
        ("func cmp(_ a: Int, _ b: Int) -> Int { a > b ? 1 : (a > 9007199254740992 ? 2 : 3) }", "cmp",
         [("cmp(9007199254740993, 9007199254740992)", false), ("cmp(9007199254740993, 9007199254740993)", false)]),
        ("func m(_ a: Int, _ b: Int) -> Int { a % b }", "m",
         [("m(7, 0)", true), ("m(-9223372036854775807 - 1, -1)", true), ("m(-7, 2)", false), ("m(7, -2)", false)]),
    ]

    @Test(arguments: IntegerFunctionTests.functions)
    func valuesErrorsAndStepsAreTheGeneralPaths(_ function: (declaration: String, name: String, calls: [(String, Bool)])) {
        for (call, leaves) in function.calls {
            let (fast, general) = bothPaths(function.declaration, function.name, call)
            #expect(fast.result.outputs == general.result.outputs, "\(call)")
            #expect(fast.result.diagnostics.map(\.message) == general.result.diagnostics.map(\.message), "\(call)")
            if !fast.result.failed { #expect(fast.steps == general.steps, "steps of \(call)") }
            // Without this, the general path behind an abandoned run would hide a wrong Int path.
            #expect(fast.abandoned == (leaves ? 1 : 0), "abandoned runs of \(call)")
        }
    }

    /// A fixed-seed generator of function bodies, so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func expression(_ depth: Int, calls: inout Int) -> String {
            switch depth == 0 ? next(3) : next(7) {
            case 0: return "n"
            case 1: return "m"
            case 2: return String(next(11) - 3)
            case 3, 4:
                let op = ["+", "-", "*", "%"][next(4)]
                return "(\(expression(depth - 1, calls: &calls)) \(op) \(expression(depth - 1, calls: &calls)))"
            case 5:
                let relation = ["<", "<=", ">", ">=", "==", "!="][next(6)]
                let test = "\(expression(depth - 1, calls: &calls)) \(relation) \(expression(depth - 1, calls: &calls))"
                return "(\(test) ? \(expression(depth - 1, calls: &calls)) : \(expression(depth - 1, calls: &calls)))"
            default:
                guard calls < 2 else { return "m" }
                calls += 1
                return "f(n - 1, \(expression(depth - 1, calls: &calls)))"
            }
        }
    }

    /// Random bodies, each called with a few arguments: the Int path and the general path agree on every value,
    /// error and step count. `n` falls by one per call, so every body ends.
    @Test func randomBodiesAgreeWithTheGeneralPath() {
        var generator = Generator(state: 2026)
        for _ in 0..<60 {
            var calls = 0
            let body = generator.expression(4, calls: &calls)
            let declaration = "func f(_ n: Int, _ m: Int) -> Int { n <= 0 ? m : \(body) }"
            // 3037000500² overflows; past 2⁵³, an exact comparison and one of Doubles differ.
            for (n, m) in [(0, 5), (3, -2), (6, 7), (5, 3037000500), (4, 9007199254740993)] {
                let (fast, general) = bothPaths(declaration, "f", "f(\(n), \(m))")
                #expect(fast.result.outputs == general.result.outputs, "\(declaration) at \(n), \(m)")
                #expect(fast.result.diagnostics.map(\.message) == general.result.diagnostics.map(\.message),
                        "\(declaration) at \(n), \(m)")
                if !fast.result.failed { #expect(fast.steps == general.steps, "\(declaration) at \(n), \(m)") }
            }
        }
    }

    @Test func errorsPointWhereTheGeneralPathPoints() {
        // The same remainder by zero, in an Int function and in one that is not (its extra `let`), at the same column.
        let fastSession = Session()
        let fast = runCell("func m(_ a: Int, _ b: Int) -> Int { a % b }\nm(7, 0)", in: fastSession)
        #expect(integerForm("m", in: fastSession) != nil)
        let generalSession = Session()
        let general = runCell("func m(_ a: Int, _ b: Int) -> Int { a % b\n let unused = 0 }\nm(7, 0)", in: generalSession)
        #expect(integerForm("m", in: generalSession) == nil)
        #expect(fast.diagnostics.count == 1)
        #expect(fast.diagnostics.first?.message == general.diagnostics.first?.message)
        #expect(fast.diagnostics.first?.location == general.diagnostics.first?.location)
    }

    @Test func theLimitsHoldAndAreReportedAsBefore() {
        let deep = "func deep(_ n: Int) -> Int { n == 0 ? 0 : 1 + deep(n - 1) }"
        let session = Session()
        let result = runCell(deep + "\ndeep(100000)", in: session)
        #expect(integerForm("deep", in: session) != nil)
        #expect(result.diagnostics.first?.message.hasPrefix("recursion depth limit of") == true)
        #expect(result.diagnostics.first?.location == SourceLocation(file: "lesson.md", line: 1, column: 51))
        #expect(session.interpreter.callDepth == 0)
        // The session goes on: the depth was put back.
        #expect(runCell("deep(10)", in: session).outputs.last == .value("10"))

        let budget = Session(limits: Limits(stepBudget: 1000))
        let spent = runCell("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(25)", in: budget)
        #expect(spent.diagnostics.first?.message.hasPrefix("step budget of 1000 exceeded") == true)
    }

    @Test func anythingElseTakesTheGeneralPath() {
        let session = Session()
        let declarations = [
            "func a(_ n: Int) -> Double { n < 2 ? 1.0 : a(n - 1) }",
            "func b(_ n: Int) -> Int { print(n)\n return n }",
            "func c(_ n: Int) -> Int { n < 2 ? n : d(n - 1) }\nfunc d(_ n: Int) -> Int { n }",
            "func e(_ n: Int = 3) -> Int { n }",
            "func g(_ n: Int) -> Int { let k = n + 1\n return k }",
            "func h(_ n: Int) -> Int { n / 2 }",
            "func i(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Int { a + b + c + d }",
            "func j(_ n: Int) -> Int { if n > 0 { return n } }",
        ]
        for declaration in declarations { _ = runCell(declaration, in: session) }
        for name in ["a", "b", "c", "e", "g", "h", "i", "j"] {
            #expect(integerForm(name, in: session) == nil, "\(name)")
        }
        #expect(integerForm("d", in: session) != nil)
    }

    @Test func otherArgumentsTakeTheGeneralPathWithTheirValues() {
        let session = Session()
        _ = runCell("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }", in: session)
        #expect(runCell("fib(10)", in: session).outputs.last == .value("55"))
        #expect(integerForm("fib", in: session)?.calledWithOtherValues == false)
        #expect(runCell("fib(10.0)", in: session).outputs.last == .value("55.0"))
        // From then on every call takes the general path, as a function called with Doubles would have.
        #expect(integerForm("fib", in: session)?.calledWithOtherValues == true)
        #expect(runCell("fib(11)", in: session).outputs.last == .value("89"))
        // The argument is evaluated once.
        let once = runCell("var calls = 0\nfunc arg() -> Double { calls += 1\n return 6.0 }\nfib(arg())\ncalls", in: session)
        #expect(once.outputs.last == .value("1"))
    }

    @Test func aRedeclaredNameCallsTheNewFunction() {
        let session = Session()
        _ = runCell("func f(_ n: Int) -> Int { n == 0 ? 1 : 2 * f(n - 1) }\nlet old = f", in: session)
        _ = runCell("func f(_ n: Int) -> Int { n == 0 ? 1 : 3 * f(n - 1) }", in: session)
        #expect(runCell("f(3)", in: session).outputs.last == .value("27"))
        // The old function's body calls the name, which now holds the new one: 2 · 9.
        #expect(runCell("old(3)", in: session).outputs.last == .value("18"))
    }
}
