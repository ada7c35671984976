/// Invisible boxes and overlaps: `\hphantom`, `\vphantom`, `\smash`, and the laps `\llap`, `\rlap`,
/// `\clap` with their math forms, which take no width and overlap their neighbours.
enum Phantoms {
    static let commands: [Command] = [
        Command("hphantom", [.math], doc: "space as wide as its argument, with no height") { _, call in
            PaddedNode(content: PhantomNode(content: call.node(0)), attributes: ["height": "0", "depth": "0"])
        },
        Command("vphantom", [.math], doc: "a strut as tall as its argument, with no width") { _, call in
            PaddedNode(content: PhantomNode(content: call.node(0)), attributes: ["width": "0"])
        },
        Command("smash", [.optionalRaw, .math], doc: "its argument with no height and depth; [t] or [b] for one") {
            _, call in
            let part = call.arguments[0].raw.trimmingSpaces
            let attributes: Attributes = part == "t" ? ["height": "0"] : part == "b" ? ["depth": "0"]
                : ["height": "0", "depth": "0"]
            return PaddedNode(content: call.node(1), attributes: attributes)
        },
    ] + [("llap", "left"), ("rlap", "right"), ("clap", "centre")].flatMap { name, side in
        [name, "math" + name].map { command in
            Command(command, [.math], doc: "its argument with no width, overlapping to the \(side)") { _, call in
                PaddedNode(content: call.node(0), attributes: ["width": "0"], innerClass: name == "rlap" ? nil : name)
            }
        }
    }
}

/// Content in an `mpadded` that changes its box; a lap shifts the content with a class of the stylesheet.
struct PaddedNode: MathNode {
    let content: any MathNode
    let attributes: Attributes
    var innerClass: String?

    var atomClass: AtomClass { content.atomClass }

    func mathML() -> MathML {
        let inner = innerClass.map { MathML("mrow", ["class": $0], [content.mathML()]) } ?? content.mathML()
        return MathML("mpadded", attributes, [inner])
    }

    func runs(_ writer: inout RunWriter) {
        content.runs(&writer)
    }
}
