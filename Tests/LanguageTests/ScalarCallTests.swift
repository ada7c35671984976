import Foundation
import Testing
@testable import Language

/// Calls of builtins with a scalar form (`sqrt(x)`, `Double(i)`, `abs(x)`) take the form's function for a Double
/// argument and the general call for anything else; both must give what the builtin's body gives.
struct ScalarCallTests {
    @Test func doublesGetTheFunctionsBits() {
        let samples: [Double] = [0.5, 2.0, 1e-310, -0.0, 0.0, 1e308, 7.123456789012345, 1.0 / 3.0, 0.1, 123456.789]
        let functions: [(String, (Double) -> Double)] = [
            ("sqrt", Foundation.sqrt), ("exp", Foundation.exp), ("log", Foundation.log), ("sin", Foundation.sin),
            ("cos", Foundation.cos), ("tanh", Foundation.tanh), ("floor", Foundation.floor), ("abs", Swift.abs),
            ("Double", { $0 }), ("sigmoid", { 1 / (1 + Foundation.exp(-$0)) }),
        ]
        var source = ""
        var lines: [String] = []
        for (k, x) in samples.enumerated() {
            let literal = x == 0 && x.sign == .minus ? "(-0.0)" : "\(x)"
            source += "let x\(k) = \(literal)\n"
            for (name, function) in functions {
                source += "print(\(name)(x\(k)))\n"
                lines.append(Display.float(function(x)))
            }
        }
        let result = runCell(source)
        #expect(!result.failed)
        #expect(result.outputs == [.text(lines.joined(separator: "\n") + "\n")])
    }

    @Test func otherArgumentsTakeTheGeneralCall() {
        let result = runCell("""
            let n = -3
            let t = tensor([4.0, 9.0])
            let dx = grad { x in sqrt(x) }(4.0)
            (abs(n), abs(-2.5), sqrt(16), Double(7), Double("2.5")!, sqrt(t), sqrt([1.0, 4.0]), dx)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("(3, 2.5, 4.0, 7.0, 2.5, [2.0, 3.0], [1.0, 2.0], 0.25)")])
    }

    @Test func anArgumentWithEffectsIsEvaluatedOnce() {
        let result = runCell("""
            func noisy() {
                print("evaluated")
                return tensor([4.0])
            }
            sqrt(noisy())
            """)
        #expect(result.outputs == [.text("evaluated\n"), .value("[2.0]")])
    }

    @Test func aWrongArgumentIsReportedAtTheCall() {
        let result = runCell("let s = \"text\"\nlet r = sqrt(s)")
        #expect(result.failed)
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.message.contains("sqrt") == true)
    }
}
