@testable import Language

/// Runs `source` as one cell of a lesson named `lesson.md`, in a new session unless one is given.
func runCell(_ source: String, in session: Session = Session()) -> CellResult {
    session.run(source, origin: SourceOrigin(file: "lesson.md", line: 1, column: 1))
}

/// What a cell of `source` showed last: its final value, or its last printed text.
func lastOutput(_ source: String) -> CellOutput? {
    runCell(source).outputs.last
}
