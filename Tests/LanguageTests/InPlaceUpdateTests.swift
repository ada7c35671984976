import Testing
@testable import Language

/// Updating an element of an array, a member of a tuple or a string with `+=` changes the variable's storage in
/// place. A copy per update makes a loop of them quadratic (10⁵ `xs[i] = v` took over a minute), so the tests
/// check that the storage stays where it was, which fails whenever an update copies it.
struct InPlaceUpdateTests {
    private func run(_ source: String, _ session: Session) {
        let result = session.run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
        #expect(!result.failed, "\(result.diagnostics.map(\.message))")
    }

    private func global(_ name: String, _ session: Session) -> RuntimeValue {
        let globals = session.interpreter.globals
        return globals.slots[globals[name]!.index]
    }

    private func storage(_ value: RuntimeValue) -> UnsafeRawPointer? {
        switch value {
        case .array(let items), .tuple(let items): items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .string(let text): text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        default: nil
        }
    }

    @Test func subscriptAssignmentKeepsTheArraysStorage() {
        let session = Session()
        run("var xs = [1.0, 2.0, 3.0]", session)
        let before = storage(global("xs", session))
        run("xs[1] = 5.0\nxs[2] += 1.0\nfor i in 0..<3 { xs[i] *= 2 }", session)
        #expect(storage(global("xs", session)) == before)
        #expect(Display.repr(global("xs", session)) == "[2.0, 10.0, 8.0]")
    }

    /// The storage of element `i` of an array or tuple variable; no reference to the value outlives the call, so
    /// holding the result does not make the next update copy.
    private func storage(of name: String, _ i: Int, _ session: Session) -> UnsafeRawPointer? {
        switch global(name, session) {
        case .array(let items), .tuple(let items): storage(items[i])
        default: nil
        }
    }

    @Test func nestedAndTupleMemberAssignmentsKeepTheInnerStorage() {
        let session = Session()
        run("var grid = [[1.0, 2.0], [3.0, 4.0]]\nvar pair = (1, [1.0, 2.0])", session)
        let (row, inner) = (storage(of: "grid", 1, session), storage(of: "pair", 1, session))
        #expect(row != nil && inner != nil)
        run("grid[1][0] = 9.0\npair.1[0] = 7.0", session)
        #expect(storage(of: "grid", 1, session) == row)
        #expect(storage(of: "pair", 1, session) == inner)
        #expect(Display.repr(global("grid", session)) == "[[1.0, 2.0], [9.0, 4.0]]")
        #expect(Display.repr(global("pair", session)) == "(1, [7.0, 2.0])")
    }

    @Test func plusEqualsAppendsToTheStringInPlace() {
        let session = Session()
        run("var s = \"a string long enough to live on the heap\"\ns += \"!\"", session)
        let before = storage(global("s", session))
        #expect(before != nil)
        run("s += \"?\"", session)
        #expect(storage(global("s", session)) == before)
        #expect(Display.text(global("s", session)) == "a string long enough to live on the heap!?")
    }

    @Test func plusEqualsOnAStringKeepsTheLengthLimit() {
        let session = Session()
        let result = session.run(
            "var s = \"0123456789\"\nwhile true { s += s }", origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
        #expect(result.diagnostics.first?.message.contains("a string may hold at most") == true)
    }
}
