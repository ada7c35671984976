/// What a definition or a `\tag` leaves where it stood: nothing. Lists drop it.
struct EmptyNode: MathNode {
    var leavesNothing: Bool { true }

    func mathML() -> MathML {
        MathML("mrow")
    }

    func runs(_ writer: inout RunWriter) {}
}
