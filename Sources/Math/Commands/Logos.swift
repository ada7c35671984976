/// The names of the TeX family, set as text.
enum Logos {
    static let commands: [Command] = ["TeX", "LaTeX", "KaTeX"].map { name in
        Command(name, doc: "the name \(name)") { _, _ in
            var text = TextNode()
            text.append(name, font: nil)
            return text
        }
    }
}
