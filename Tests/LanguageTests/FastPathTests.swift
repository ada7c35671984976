import Testing
@testable import Language

/// The compiler's fast paths — compound updates of Doubles in place, arithmetic on two variables read in their
/// slots, method calls that cache the registry method per call site, call frames reused between calls — must
/// give what the general paths give, whatever the operands turn out to be at run time.
struct FastPathTests {
    private func values(_ source: String) -> [CellOutput] {
        let result = runCell(source)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        return result.outputs
    }

    @Test func compoundUpdatesKeepEachTypesArithmetic() {
        let source = """
            var i = 1
            i += 2
            var x = 1.5
            x += 1
            x *= i
            let n = 4
            var y = 10.0
            y /= n
            var s = "a"
            let t = "b"
            s += t
            var whole = 7
            whole -= i
            (i, x, y, s, whole)
            """
        #expect(values(source) == [.value("(3, 7.5, 2.5, \"ab\", 4)")])
    }

    @Test func intCompoundUpdatesKeepIntRulesAtTheEdges() {
        // In place while the result is an Int; an overflow makes a Double, as the general path does.
        let source = """
            var big = 9223372036854775806
            big += 1
            let one = 1
            var bigger = 9223372036854775807
            bigger += one
            var low = -9223372036854775807
            low -= 2
            var product = 3037000500
            product *= 3037000500
            var k = 7
            k *= -3
            k -= one
            var mixed = 2
            mixed += 0.5
            (big, bigger, low, product, k, mixed)
            """
        #expect(values(source) == [.value(
            "(9223372036854775807, 9.223372036854776e+18, -9.223372036854776e+18, 9.22337203700025e+18, -22, 2.5)")])
    }

    @Test func conditionsOnTwoVariablesKeepEachTypesOrdering() {
        // Ints exactly (past 2⁵³ too), Doubles, an Int with a Double, strings, and NaN, in conditions.
        let source = """
            let (a, b) = (9007199254740993, 9007199254740992)
            let (x, y) = (0.5, 2)
            let (s, t) = ("apple", "banana")
            let nan = 0.0 / 0.0
            var seen: [Bool] = []
            if a > b { seen.append(true) } else { seen.append(false) }
            if x < y { seen.append(true) } else { seen.append(false) }
            if y >= x { seen.append(true) } else { seen.append(false) }
            if s < t { seen.append(true) } else { seen.append(false) }
            if nan <= x { seen.append(true) } else { seen.append(false) }
            if b <= a { seen.append(true) } else { seen.append(false) }
            seen
            """
        #expect(values(source) == [.value("[true, true, true, true, false, true]")])
        let mismatch = runCell("let s = \"a\"\nlet n = 1\nif s < n { print(1) }")
        #expect(mismatch.diagnostics.first?.message == "operator `<` cannot be applied to String and Int")
        #expect(mismatch.diagnostics.first?.location == SourceLocation(file: "lesson.md", line: 3, column: 6))
    }

    @Test func arithmeticOnTwoVariablesFallsBackForIntsAndTensors() {
        let source = """
            let a = 6
            let b = 4
            let p = 1.5
            let q = 0.5
            let v = tensor([1.0, 2.0])
            (a - b, a / b, p * q, p - a, v * q)
            """
        #expect(values(source) == [.value("(2, 1.5, 0.75, -4.5, [0.5, 1.0])")])
    }

    @Test func aMethodCallSiteServesReceiversOfDifferentTypes() {
        let source = """
            func doubled(_ items) { items.map { $0 * 2 } }
            print(doubled([1, 2]))
            print(doubled(0..<3))
            print(doubled([1.5]))
            """
        #expect(values(source) == [.text("[2, 4]\n[0, 2, 4]\n[3.0]\n")])
    }

    @Test func aFrameThatAClosureKeepsIsNotReused() {
        let source = """
            func counter(from start: Int) {
                var n = start
                return { () -> Int in
                    n += 1
                    return n
                }
            }
            let a = counter(from: 10)
            let b = counter(from: 20)
            func square(_ x: Double) -> Double { x * x }
            let squares = [square(2.0), square(3.0)]
            (a(), a(), b(), a(), squares)
            """
        #expect(values(source) == [.value("(11, 12, 21, 13, [4.0, 9.0])")])
    }
}

/// Builtin and method call sites collect their arguments into an array they keep between calls; a call of the same
/// site while one runs must get an array of its own.
struct ArgumentArrayTests {
    @Test func aSiteCalledWhileItRunsKeepsBothCallsArguments() {
        let result = runCell("""
            func depth(_ k: Int) -> Double { k == 0 ? 0.0 : max(Double(k), depth(k - 1) + 10) }
            func nest(_ k: Int) { k == 0 ? [0] : [k].map { v in nest(v - 1).count + v } }
            var sizes: [Int] = []
            for k in 0..<3 { sizes.append(max(k, 1)) }
            (depth(3), nest(2), sizes)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(30.0, [3], [1, 1, 2])")])
    }
}

/// Subscripts of variables read in place (`SlotSubscript`), and single elements of tensors (`Tensor.index`), must
/// give what the general subscript gives, errors included.
struct SubscriptFastPathTests {
    @Test func elementsOfEveryKind() {
        let result = runCell("""
            let xs = [10, 20, 30]
            let i = 2
            let d = ["a": 1]
            let key = "a"
            let t = tensor([1.0, 2.0, 3.0])
            let m = tensor([[1.0, 2.0], [3.0, 4.0]])
            let w = parameter(tensor([1.0, 2.0]))
            let l = w[1] * 3 + w[-2]
            l.backward()
            (xs[0], xs[i], d[key]!, t[i], m[1, 0], m[-1, -2], m[1], w.grad)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(10, 30, 1, 3.0, 3.0, 3.0, [3.0, 4.0], [1.0, 3.0])")])
    }

    @Test func countsOfEveryKind() {
        let result = runCell("""
            var xs = [1, 2, 3]
            let s = "héllo"
            let d = ["a": 1, "b": 2]
            let t = tensor([[1.0, 2.0], [3.0, 4.0]])
            let r = 0..<7
            var seen: [Int] = []
            var j = 0
            while j < xs.count {
                seen.append(xs.count)
                if j == 0 { xs.append(4) }
                j += 1
            }
            (xs.count, s.count, d.count, t.count, r.count, [5, 6].count, seen)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(4, 5, 2, 2, 7, 2, [3, 4, 4, 4])")])
        let number = runCell("let n = 3\nn.count")
        #expect(number.failed && number.diagnostics.first?.location.line == 2)
    }

    @Test func outOfRangeIndicesAreReportedWhereTheyAre() {
        let array = runCell("let xs = [1, 2, 3]\nlet k = 3\nxs[k]")
        #expect(array.diagnostics.first?.message.contains("index 3 is out of range for 3 elements") == true)
        #expect(array.diagnostics.first?.location.line == 3)
        let tensor = runCell("let m = tensor([[1.0, 2.0], [3.0, 4.0]])\nm[0, 2]")
        #expect(tensor.diagnostics.first?.message.contains("index 2 is out of bounds for axis 1 with size 2") == true)
    }
}

/// Two Ints are combined before the general operators, and `x == literal` is decided in the condition; both must
/// keep the operators' rules: overflow makes a Double, a remainder takes the divisor's sign, numbers compare as
/// Doubles.
struct IntegerFastPathTests {
    @Test func intsKeepTheOperatorsRules() {
        let result = runCell("""
            let big = 9223372036854775807
            let small = -9223372036854775807 - 1
            let seven = 7
            let minusThree = -3
            var counted = 0
            for i in 0..<10 { if i % 3 == 0 { counted += i } else { counted -= 1 } }
            var wrapped = big
            wrapped += 1
            (big + 1, small - 1, big * 2, seven % 3, -seven % 3, seven % minusThree, small % -1, seven / 2, counted, wrapped)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value(
            "(9.223372036854776e+18, -9.223372036854776e+18, 1.8446744073709552e+19, 1, 2, -2, 0, 3.5, 12, 9.223372036854776e+18)")])
        let zero = runCell("let n = 5\nlet z = 0\nn % z")
        #expect(zero.diagnostics.first?.message == "integer remainder by zero")
        #expect(zero.diagnostics.first?.location.line == 3)
    }

    @Test func equalityWithALiteralInAConditionComparesNumbersByValue() {
        let result = runCell("""
            let i = 2
            let x = 2.0
            let t = tensor([2.0])[0]
            let shaped = tensor([2.0])
            let s = "2"
            var hits: [String] = []
            if i == 2.0 { hits.append("int") }
            if x == 2 { hits.append("double") }
            if t == 2 { hits.append("tensor") }
            if shaped == 2 { hits.append("shaped") }
            if s == 2 { hits.append("string") }
            if i != 3 { hits.append("not") }
            hits
            """)
        #expect(result.outputs == [.value(#"["int", "double", "tensor", "not"]"#)])
    }
}

/// Recursive calls take cleared frames a function keeps from earlier recursions; each level must still get a
/// frame of its own, past the kept ones too, and a frame a closure keeps must never be handed out again.
struct RecursionFrameTests {
    @Test func eachLevelHasItsOwnFrame() {
        let result = runCell("""
            func sum(_ n: Int) -> Int { n == 0 ? 0 : n + sum(n - 1) }
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func makers(_ n: Int) {
                if n == 0 { return [] }
                let here = n * 10
                var list = makers(n - 1)
                list.append({ () -> Int in here })
                return list
            }
            let fs = makers(70)
            (sum(200), sum(100), fib(15), fs[0](), fs[69](), makers(3).map { $0() })
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(20100, 5050, 610, 10, 700, [10, 20, 30])")])
    }
}

/// `xs[i] = v` and `xs[i] op= v` on an array variable change the element in place; everything else takes the
/// general path, and a failed change leaves the array as it was.
struct ElementAssignmentTests {
    @Test func elementsChangeInPlaceWithValueSemantics() {
        let result = runCell("""
            var xs = [1.0, 2.0, 3.0]
            let copy = xs
            let i = 1
            xs[i] = 20.0
            xs[2] += 0.5
            xs[0] *= 4
            var d = ["a": 1]
            let k = "a"
            d[k] = 5
            var t = tensor([1.0, 2.0])
            t[i] = 9
            var grid = [[0, 0], [0, 0]]
            grid[1][0] = 7
            (xs, copy, d, t, grid)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value(#"([4.0, 20.0, 3.5], [1.0, 2.0, 3.0], ["a": 5], [1.0, 9.0], [[0, 0], [7, 0]])"#)])
    }

    @Test func dictionaryEntriesChangeInPlaceWithTheDictionarysRules() {
        let session = Session()
        let result = runCell("""
            var counts: [String: Double] = ["b": 1.0]
            let copy = counts
            let a = "a"
            let b = "b"
            counts[a] = 2
            counts[b] = (counts[b] ?? 0) + 1
            var gone = ["x": 1, "y": 2]
            let x = "x"
            gone[x] = nil
            (counts, copy, gone)
            """, in: session)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value(#"(["b": 2.0, "a": 2.0], ["b": 1.0], ["y": 2])"#)])
        let refused = runCell("let text = \"none\"\ncounts[a] = text", in: session)
        #expect(refused.diagnostics.first?.message == "cannot store String in a dictionary of Double values")
        #expect(refused.diagnostics.first?.location.line == 2)
        let compound = runCell("counts[a] += 0.5", in: session)
        #expect(compound.diagnostics.first?.message == "operator `+` cannot be applied to Optional and Double")
        #expect(runCell("counts", in: session).outputs == [.value(#"["b": 2.0, "a": 2.0]"#)])
    }

    @Test func aFailedChangeLeavesTheArrayWhole() {
        let session = Session()
        _ = runCell("var xs = [1, 2, 3]\nlet k = 5", in: session)
        let failed = runCell("xs[0] += \"text\"", in: session)
        #expect(failed.failed)
        let outOfRange = runCell("xs[k] = 1", in: session)
        #expect(outOfRange.diagnostics.first?.message.contains("index 5 is out of range for 3 elements") == true)
        #expect(runCell("xs", in: session).outputs == [.value("[1, 2, 3]")])
    }
}

/// Builtins call back lesson functions with one or two arguments straight into the callee's frame; other
/// functions (builtins, other arities) take the general call with its errors.
struct CallbackTests {
    @Test func callbacksOfEveryShape() {
        let result = runCell("""
            let xs = [3.0, 1.0, 2.0]
            func double(_ x: Double) -> Double { x * 2 }
            func depth(_ n: Int) -> Int { n == 0 ? 0 : [n - 1].map { depth($0) + 1 }[0] }
            (xs.map(double), xs.map { $0 + 1 }, xs.filter { $0 > 1.5 }, xs.reduce(0.0) { $0 + $1 },
             xs.sorted { $0 < $1 }, xs.map(sqrt), depth(5))
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value(
            "([6.0, 2.0, 4.0], [4.0, 2.0, 3.0], [3.0, 2.0], 6.0, [1.0, 2.0, 3.0], [1.7320508075688772, 1.0, 1.4142135623730951], 5)")])
        let arity = runCell("[1, 2].map { a, b in a + b }")
        #expect(arity.failed)
        #expect(arity.diagnostics.first?.location.line == 1)
    }
}

/// A closure kept in a local of the call that made it is a reference cycle, frame to closure to frame. Once the
/// call is done, the slots no closure reads are emptied, so such frames are freed; the slots closures read stay.
struct CapturedFrameTests {
    /// The frame a global function value captured, by the global's name.
    private func capturedFrame(_ session: Session, _ name: String) -> Frame? {
        guard let entry = session.interpreter.globals[name],
              case .function(let value) = session.interpreter.globals.slots[entry.index],
              case .user(_, let frame) = value.body
        else { return nil }
        return frame
    }

    @Test func slotsNoClosureReadsAreEmptiedOnReturn() throws {
        let session = Session()
        let result = runCell("""
            func counter(from start: Int) {
                var n = start
                let step = 1
                let inc = { () -> Int in
                    n += step
                    return n
                }
                let unused = [1, 2, 3]
                return inc
            }
            let c = counter(from: 10)
            (c(), c())
            """, in: session)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(11, 12)")])
        let frame = try #require(capturedFrame(session, "c"))
        // Slots: start, n, step, inc, unused. n and step are read by the closure; start is a number and stays.
        guard case .int(12) = frame.slots[1], case .int(1) = frame.slots[2], case .void = frame.slots[3],
              case .void = frame.slots[4]
        else {
            Issue.record("slots: \((0..<5).map { Display.repr(frame.slots[$0]) })")
            return
        }
    }

    @Test func loopIterationsKeepTheirOwnValues() {
        let result = runCell("""
            var fs: [Any] = []
            for i in 0..<3 {
                let f = { () -> Int in i * 10 }
                fs.append(f)
            }
            var k = 0
            var gs: [Any] = []
            while k < 2 {
                let j = k
                let g = { () -> Int in j + 100 }
                gs.append(g)
                k += 1
            }
            (fs.map { $0() }, gs.map { $0() })
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("([0, 10, 20], [100, 101])")])
    }
}
