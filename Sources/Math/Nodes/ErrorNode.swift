/// Source that could not be read, shown as it was written inside `<merror>`.
struct ErrorNode: MathNode {
    let source: String

    init(_ source: String) {
        self.source = source
    }

    func mathML() -> MathML {
        MathML("merror", [:], [MathML("mtext", text: source)])
    }

    func runs(_ writer: inout RunWriter) {
        writer.write(source)
    }
}
