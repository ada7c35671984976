import Testing
@testable import Language

/// Arithmetic trees over variables and literals run as a `NumericExpression` on Doubles; they must give the bits
/// Swift's own arithmetic gives in the same order, and fall back to the operators' rules (Int, tensor, string)
/// whenever a variable holds anything but a Double.
struct NumericExpressionTests {
    private func run(_ source: String) -> [CellOutput] {
        let result = runCell(source)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        return result.outputs
    }

    /// Doubles that exercise rounding, signed zeros, subnormals, overflow and NaN.
    private static let samples: [Double] = [
        0.5, 1.000001, -2.75, 3.0, 0.1, 1e-310, -0.0, 0.0, 1e308, -1e308, 7.123456789012345, 1.0 / 3.0,
        .infinity, -.infinity, .nan, 2.5e-8, -123456.789, 0.3,
    ]

    /// A Double as swift-nn source: literals, or a constant expression for the values that have none.
    private static func source(_ d: Double) -> String {
        if d.isNaN { return "(0.0 / 0.0)" }
        if d.isInfinite { return d < 0 ? "(-1.0 / 0.0)" : "(1.0 / 0.0)" }
        if d == 0 { return d.sign == .minus ? "(-0.0)" : "0.0" }
        return d < 0 ? "(\(d))" : "\(d)"
    }

    /// Each tree in swift-nn and in Swift, with the operations in the same order.
    private static let trees: [(String, @Sendable (Double, Double, Double) -> Double)] = [
        ("a * 1.000001 + 0.25", { a, _, _ in a * 1.000001 + 0.25 }),
        ("(a - 3) * 2", { a, _, _ in (a - 3) * 2 }),
        ("a * b + c", { a, b, c in a * b + c }),
        ("a - b / c * a", { a, b, c in a - b / c * a }),
        ("(a + b) * (b - c) / (c + 1)", { a, b, c in (a + b) * (b - c) / (c + 1) }),
        ("-a * b - -c", { a, b, c in -a * b - -c }),
        ("2 / a + 3 * b - c / 7", { a, b, c in 2 / a + 3 * b - c / 7 }),
        ("a * -0 + b * -1.5", { a, b, _ in a * 0 + b * -1.5 }),
        ("((((a + b) * c - a) / b + c) * a - b) / c", { a, b, c in ((((a + b) * c - a) / b + c) * a - b) / c }),
        // A literal on the left of `+` and `·` (moved to the right), a variable on the right of each operator.
        ("0.5 * (a + b / a)", { a, b, _ in 0.5 * (a + b / a) }),
        ("1.5 + a * b - c", { a, b, c in 1.5 + a * b - c }),
        ("(2 - a) / b + -0.0 * c", { a, b, c in (2 - a) / b + -0.0 * c }),
    ]

    @Test func treesGiveSwiftsBits() {
        let samples = Self.samples
        var source = ""
        var expected: [Double] = []
        for (k, (a, b)) in zip(samples, samples.reversed() + samples).enumerated() {
            let c = samples[(k * 7 + 3) % samples.count]
            source += "let a\(k) = \(Self.source(a))\nlet b\(k) = \(Self.source(b))\nlet c\(k) = \(Self.source(c))\n"
            for (tree, swift) in Self.trees {
                let renamed = tree.replacingOccurrences(of: "a", with: "a\(k)")
                    .replacingOccurrences(of: "b", with: "b\(k)").replacingOccurrences(of: "c", with: "c\(k)")
                // In a value, in a function's local `let`, and assigned to a global.
                source += "var r\(k)_\(expected.count) = 0.0\nr\(k)_\(expected.count) = \(renamed)\n"
                source += "func f\(k)_\(expected.count)() -> Double { let v = \(renamed)\n return v }\n"
                source += "print([\(renamed), f\(k)_\(expected.count)(), r\(k)_\(expected.count)])\n"
                let value = swift(a, b, c)
                expected.append(value)
            }
        }
        let printed = expected.map { value in Display.repr(.array([.double(value), .double(value), .double(value)])) }
        #expect(run(source) == [.text(printed.joined(separator: "\n") + "\n")])
    }

    @Test func treesOfParametersGiveSwiftsBitsAndFallBack() {
        // Every tree over a function's own parameters, where an operation reads a variable on its right itself.
        var source = ""
        var expected: [String] = []
        for (index, (tree, swift)) in Self.trees.enumerated() {
            source += "func t\(index)(_ a: Double, _ b: Double, _ c: Double) -> Double {\n    let v = \(tree)\n    return v\n}\n"
            for (k, a) in Self.samples.enumerated() {
                let (b, c) = (Self.samples[(k * 5 + 1) % Self.samples.count], Self.samples[(k * 7 + 3) % Self.samples.count])
                source += "print(t\(index)(\(Self.source(a)), \(Self.source(b)), \(Self.source(c))))\n"
                expected.append(Display.repr(.double(swift(a, b, c))))
            }
        }
        #expect(run(source) == [.text(expected.joined(separator: "\n") + "\n")])
        // Ints in the parameters keep Int rules, and a mix converts as the operators do.
        #expect(run("func u(_ a: Any, _ b: Any) -> Any {\n    let v = 1 + (a - b * a)\n    return v\n}\n(u(2, 7), u(2.0, 7.0), u(2, 7.5))")
            == [.value("(-11, -11.0, -12.0)")])
    }

    @Test func oneOperationOnALocalGivesSwiftsBitsAndFallsBack() {
        // `let h = x op c` of a parameter runs without the stack; each operator against Swift's, on every sample.
        let operations: [(String, @Sendable (Double) -> Double)] = [
            ("x + 0.1", { $0 + 0.1 }), ("x - 3", { $0 - 3 }), ("x * 1.000001", { $0 * 1.000001 }), ("x / 7", { $0 / 7 }),
        ]
        var source = ""
        var expected: [String] = []
        for (k, (operation, swift)) in operations.enumerated() {
            source += "func g\(k)(_ x: Double) -> Double {\n    let h = \(operation)\n    return h\n}\n"
            for sample in Self.samples {
                source += "print(g\(k)(\(Self.source(sample))))\n"
                expected.append(Display.repr(.double(swift(sample))))
            }
        }
        #expect(run(source) == [.text(expected.joined(separator: "\n") + "\n")])
        // An Int, a tensor or a Value in the local takes the operators' own rules.
        let others = "func h(_ x: Any) -> Any {\n    let y = x * 2\n    return y\n}\n(h(3), h(tensor([1.0])), h(Value(1.5)).data)"
        #expect(run(others) == [.value("(6, [2.0], 3.0)")])
    }

    @Test func otherTypesKeepTheirOperatorsRules() {
        let source = """
            var i = 3
            let j = 2
            var x = 1.5
            let v = tensor([1.0, 2.0])
            var s = "text"
            let ints = i * j + 1
            let mixed = x * i + 1
            let tensors = v * x + 1
            s = x * 2 + 1
            i = i * j - 1
            x = i * x + j
            (ints, mixed, tensors, s, i, x)
            """
        #expect(run(source) == [.value("(7, 5.5, [2.5, 4.0], 4.0, 5, 9.5)")])
    }

    @Test func readsEnclosingAndGlobalVariables() {
        let source = """
            let scale = 3.0
            func outer(_ start: Double) -> Double {
                var total = start
                let add = { (x: Double) -> Double in x * total + scale * 2 }
                total = total * 2 + 1
                return add(0.5)
            }
            func shadow(_ r: Double) -> Double {
                if r > 0 {
                    let r = r * 2 + 1
                    return r
                }
                return 0
            }
            (outer(1.5), shadow(2.0))
            """
        #expect(run(source) == [.value("(8.0, 5.0)")])
    }

    /// Every operator of a long sum asks for the tree below it; past the node limit the sum is compiled as usual.
    @Test func longSumsPastTheNodeLimit() {
        let terms = (0..<900).map { $0 % 2 == 0 ? "a" : "a * b" }.joined(separator: " + ")
        let expected = (0..<900).reduce(0.0) { sum, k in k == 0 ? 1.5 : sum + (k % 2 == 0 ? 1.5 : 1.5 * 2.5) }
        #expect(run("let a = 1.5\nlet b = 2.5\nfunc f() -> Double { \(terms) }\nf()") == [.value(Display.float(expected))])
    }

    @Test func deepTreesPastTheStackLimitStillAdd() {
        let names = (0..<12).map { "v\($0)" }
        let declarations = names.enumerated().map { "let \($1) = \(Double($0) + 0.5)" }.joined(separator: "\n")
        // Right-nested, so the stack holds one value per level.
        let nested = names.dropLast().reversed().reduce(names.last!) { inner, name in "(\(name) + \(inner))" }
        let total = (0..<12).reversed().reduce(0.0) { Double($1) + 0.5 + $0 }
        #expect(run(declarations + "\n" + nested) == [.value(Display.float(total))])
    }
}
