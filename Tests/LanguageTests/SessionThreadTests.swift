import Foundation
import Testing
@testable import Language

/// A session runs its cells on one big-stack thread, started with its first cell and ended with the session; the
/// globals a failed cell declared without running are forgotten, whatever the cells before it declared.
@Suite(.serialized) struct SessionThreadTests {
    private func run(_ source: String, _ session: Session) -> CellResult {
        session.run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
    }

    /// Threads of this process, from /proc (nil elsewhere).
    private func threadCount() -> Int? {
        try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count
    }

    @Test func sessionsEndTheirThreads() throws {
        let before = try #require(threadCount())
        for i in 0..<100 {
            let session = Session()
            #expect(run("let x = \(i)", session).outputs.isEmpty)
            #expect(run("x + 1", session).outputs == [.value("\(i + 1)")])
        }
        // Other suites may run threads of their own meanwhile; a leak would leave a hundred.
        let after = try #require(threadCount())
        #expect(after < before + 20)
    }

    @Test func everyCellOfASessionHasTheWholeStack() {
        let session = Session(limits: Limits(maxRecursionDepth: 1_900))
        _ = run("func f(_ n: Int) -> Int { n == 0 ? 0 : 1 + f(n - 1) }", session)
        for _ in 0..<5 {
            #expect(run("f(1_800)", session).outputs == [.value("1800")])
            #expect(run("f(5_000)", session).diagnostics.first?.message.contains("recursion depth limit") == true)
        }
    }

    @Test func aFailedCellForgetsOnlyTheNamesItDeclaredWithoutRunning() {
        let session = Session()
        _ = run("var kept = 1", session)
        let failed = run("var kept = 2\nlet early = 3\nlet boom = [1][5]\nlet late = 4", session)
        #expect(failed.failed)
        #expect(run("[kept, early]", session).outputs == [.value("[2, 3]")])
        #expect(run("late", session).diagnostics.first?.message == "unknown name `late`")
        #expect(run("boom", session).diagnostics.first?.message == "unknown name `boom`")
    }

    @Test func topLevelCodeSeesEarlierCellsAndWhatItDeclaredAbove() {
        let session = Session()
        _ = run("let a = 1", session)
        #expect(run("let b = a + 1\nb", session).outputs == [.value("2")])
        // A global of this cell is unknown above its declaration, though a function body may use it.
        #expect(run("let c = d\nlet d = 1", session).diagnostics.first?.message
            == "`d` is used before its declaration further down the cell")
        #expect(run("func g() -> Int { e }\nlet e = 5\ng()", session).outputs == [.value("5")])
    }
}
