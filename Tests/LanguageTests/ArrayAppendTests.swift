import Testing
@testable import Language

/// `xs.append(x)` on a variable appends in place for a plain element and takes the general method call for
/// everything else; both keep Swift's value semantics and the method's rules.
struct ArrayAppendTests {
    @Test func appendsKeepValueSemantics() {
        let result = runCell("""
            var a = [1]
            let b = a
            a.append(2)
            a.append("three")
            a.append([4, 5])
            func grow(_ n: Int) {
                var local: [Double] = []
                for i in 0..<n { local.append(Double(i) / 2) }
                return local
            }
            var outer: [Int] = []
            func addTo(_ k: Int) { outer.append(k) }
            addTo(7)
            addTo(8)
            (a, b, grow(4), outer)
            """)
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
        #expect(result.outputs == [.value("([1, 2, \"three\", [4, 5]], [1], [0.0, 0.5, 1.0, 1.5], [7, 8])")])
    }

    @Test func theElementIsEvaluatedOnceBeforeTheArrayChanges() {
        let result = runCell("""
            var xs = [1.0]
            func next() -> Double {
                print("next")
                return xs[xs.count - 1] + 1
            }
            xs.append(next())
            var nested: [[Int]] = []
            func row() {
                print("row")
                return [1, 2]
            }
            nested.append(row())
            (xs, nested)
            """)
        #expect(result.outputs == [.text("next\nrow\n"), .value("([1.0, 2.0], [[1, 2]])")])
    }

    @Test func misuseIsReportedAsBefore() {
        let constant = runCell("let fixed = [1]\nfixed.append(2)")
        #expect(constant.failed)
        #expect(constant.diagnostics.first?.location.line == 2)
        let notAnArray = runCell("var n = 3\nn.append(4)")
        #expect(notAnArray.failed)
        #expect(notAnArray.diagnostics.first?.message.contains("append") == true)
        let tensor = runCell("var t = tensor([1.0])\nt.append(2.0)")
        #expect(tensor.diagnostics.first?.message.contains("fixed shape") == true)
    }
}
