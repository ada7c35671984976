/// Commands that are other commands in disguise, defined as built-in macros: short names, old font
/// switches taking an argument. A lesson's own macros may redefine them.
enum Aliases {
    static let definitions: [(name: String, body: String, doc: String)] = [
        ("dbinom", #"{\displaystyle\binom{#1}{#2}}"#, "a binomial coefficient in display size"),
        ("tbinom", #"{\textstyle\binom{#1}{#2}}"#, "a binomial coefficient in text size"),
        ("operatornamewithlimits", #"\operatorname*"#, "an operator name taking limits"),
        ("bold", #"\mathbf"#, "bold letters, as \\mathbf"),
        ("Bbb", #"\mathbb"#, "blackboard bold, as \\mathbb"),
        ("frak", #"\mathfrak"#, "Fraktur, as \\mathfrak"),
        ("pmb", #"\boldsymbol"#, "poor man's bold, as \\boldsymbol"),
        ("textmd", #"\textrm"#, "medium-weight text"),
        ("mathstrut", #"\vphantom{(}"#, "an invisible strut as tall as a parenthesis"),
        ("varinjlim", #"\mathop{\underrightarrow{\mathrm{lim}}}"#, "lim over a right arrow"),
        ("varprojlim", #"\mathop{\underleftarrow{\mathrm{lim}}}"#, "lim over a left arrow"),
        ("varliminf", #"\mathop{\underline{\mathrm{lim}}}"#, "lim underlined: the limit inferior"),
        ("varlimsup", #"\mathop{\overline{\mathrm{lim}}}"#, "lim overlined: the limit superior"),
        ("dotsi", #"\!\cdots"#, "dots between integrals"),
        ("dotso", #"\ldots"#, "other dots"),
        ("mathellipsis", #"\ldots"#, "an ellipsis"),
        ("newline", #"\\"#, "a line break"),
        ("space", #"\ "#, "a word space"),
        ("nobreakspace", "~", "a space that never breaks"),
    ]

    static let macros: Macros = definitions.reduce(into: Macros()) { macros, alias in
        _ = macros.define(alias.name, as: alias.body)
    }
}
