/// Marks that stretch over or under a whole argument, beyond `Accents`: arrows and harpoons, brackets and
/// groups, segments, the wide check and the tilde under, and triple and quadruple dots.
enum WideAccents {
    static let commands: [Command] = over.map { name, mark in
        Command(name, [.math], doc: "\(mark) over its argument") { _, call in
            AccentNode(base: call.node(0), mark: mark, combining: mark, stretchy: true, under: false)
        }
    } + under.map { name, mark in
        Command(name, [.math], doc: "\(mark) under its argument") { _, call in
            AccentNode(base: call.node(0), mark: mark, combining: mark, stretchy: true, under: true)
        }
    } + [
        Command("overbracket", [.math], doc: "a bracket over its argument; ^{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: false, brace: "⎴")
        },
        Command("underbracket", [.math], doc: "a bracket under its argument; _{…} labels it") { _, call in
            BraceNode(base: call.node(0), under: true, brace: "⎵")
        },
        Command("dddot", [.math], doc: "three dots over a symbol") { _, call in
            AccentNode(base: call.node(0), mark: "\u{20DB}", combining: "\u{20DB}", stretchy: false, under: false)
        },
        Command("ddddot", [.math], doc: "four dots over a symbol") { _, call in
            AccentNode(base: call.node(0), mark: "\u{20DC}", combining: "\u{20DC}", stretchy: false, under: false)
        },
    ]

    private static let over: [(String, String)] = [
        ("overleftrightarrow", "↔"), ("Overrightarrow", "⇒"), ("overleftharpoon", "↼"),
        ("overrightharpoon", "⇀"), ("overgroup", "⏠"), ("overlinesegment", "‾"), ("widecheck", "ˇ"),
    ]

    private static let under: [(String, String)] = [
        ("underleftarrow", "←"), ("underrightarrow", "→"), ("underleftrightarrow", "↔"), ("undergroup", "⏡"),
        ("underlinesegment", "_"), ("utilde", "~"), ("underbar", "_"),
    ]
}
