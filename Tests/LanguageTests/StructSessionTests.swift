import Testing
@testable import Language

/// Structs across the cells of a session, as a lesson's cells use them.
struct StructSessionTests {
    private func run(_ source: String, _ session: Session) -> CellResult {
        session.run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
    }

    @Test func aTypeOfOneCellIsUsedInTheNext() {
        let session = Session()
        #expect(!run("struct P {\n    var x: Double\n    mutating func double() { x *= 2 }\n}", session).failed)
        let result = run("var p = P(x: 1)\np.double()\np", session)
        #expect(result.outputs == [.value("P(x: 2.0)")])
    }

    @Test("a later cell may declare a type again, as it may a function; values made before keep their type")
    func aLaterCellRedeclaresAType() {
        let session = Session()
        _ = run("struct P { var x = 1 }\nlet old = P()", session)
        #expect(!run("struct P { var y = 2 }", session).failed)
        #expect(run("P()", session).outputs == [.value("P(y: 2)")])
        #expect(run("old", session).outputs == [.value("P(x: 1)")])
    }

    @Test("a type whose declaration failed is unknown to later cells, and one that names it says so")
    func aFailedTypeIsForgotten() {
        let session = Session()
        let failed = run(
            "struct A { func make() -> Int { B(v: 1).v } }\nstruct B {\n    var v: Int\n    func f() -> Int { nope }\n}",
            session)
        #expect(failed.failed)
        let later = run("A().make()", session)
        #expect(later.failed)
        #expect(later.diagnostics.first?.message.contains("`B` cannot be used") == true)
        #expect(run("B(v: 1)", session).diagnostics.first?.message.contains("unknown name `B`") == true)
    }

    @Test("a mutating method changes the variable it is called on, and a copy made before keeps its own value")
    func mutatingMethodsChangeOnlyTheirVariable() {
        let session = Session()
        let source = """
            struct Stack {
                var items: [Int] = []
                mutating func push(_ x: Int) { items.append(x) }
                func peek() -> [Int] { items }
            }
            var s = Stack()
            var shared = Stack()
            shared.push(1)
            var copy = shared
            copy.push(2)
            for i in 0..<1000 { s.push(i) }
            """
        #expect(!run(source, session).failed)
        #expect(run("s.items.count", session).outputs == [.value("1000")])
        #expect(run("(shared.items, copy.items)", session).outputs == [.value("([1], [1, 2])")])
    }

    @Test("reading a value while its own mutating method runs is an error, as Swift's exclusivity rule makes it")
    func readingAValueDuringItsMutatingMethodIsAnError() {
        let session = Session()
        let source = """
            struct C {
                var n = 0
                mutating func bump() { n += other.n }
            }
            var other = C()
            other.bump()
            """
        let result = run(source, session)
        #expect(result.failed)
        #expect(result.diagnostics.first?.message.contains("being changed by one of its `mutating` methods") == true)
        #expect(run("other.n", session).outputs == [.value("0")])
    }
}
