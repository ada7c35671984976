/// Macro definitions: `\newcommand`, `\renewcommand`, `\providecommand`, `\def`, `\gdef`, `\edef`, `\xdef`,
/// `\global` and `\let`. Each stores its macro in the parser's table, which outlives the formula, so a
/// definition serves every later formula of its lesson.
enum Definitions {
    static let commands: [Command] = [
        newCommand("newcommand", doc: "defines (or redefines) a macro: \\newcommand{\\norm}[1]{\\lVert #1 \\rVert}"),
        newCommand("renewcommand", doc: "redefines a macro or a command"),
        newCommand("providecommand", doc: "defines a macro unless the name is taken"),
        def("def", doc: "defines a macro, TeX's way: \\def\\sqr#1{#1^2}"),
        def("gdef", doc: "defines a macro, as \\def"),
        def("edef", doc: "defines a macro, as \\def"),
        def("xdef", doc: "defines a macro, as \\def"),
        Command("global", doc: "before \\def or \\let: definitions are global anyway") { _, _ in EmptyNode() },
        Command("let", doc: "gives a command a second name: \\let\\implies\\Rightarrow") {
            parser, call throws(MathError) in
            let name = try parser.definedName(of: "let", at: call.range)
            parser.skipSpaces()
            if parser.tokens[parser.position].isCharacter("=") { parser.position += 1 }
            parser.skipSpaces()
            let meaning = parser.next()
            guard meaning.kind != .end else { throw MathError("\\let needs a command after \(name)", at: call.range) }
            if case .command(let other) = meaning.kind, let macro = parser.macros[other] {
                parser.macros[name] = macro
            } else {
                parser.macros[name] = Macro(body: [meaning])
            }
            return EmptyNode()
        },
    ]

    /// `\newcommand{\name}[count][default]{body}`, braces around the name optional. As in MathJax, and
    /// unlike LaTeX, `\newcommand` redefines a name that is taken: notes written for Jupyter often say
    /// `\newcommand{\R}{\mathbb{R}}`, and `\R` is a command here already.
    private static func newCommand(_ command: String, doc: String) -> Command {
        Command(command, doc: doc) { parser, call throws(MathError) in
            _ = parser.skipStar()
            let start = Token(kind: .command(command), range: call.range)
            let nameTokens = try parser.argumentTokens(of: command, at: start).filter { !$0.isSpace }
            guard nameTokens.count == 1, case .command(let name) = nameTokens[0].kind else {
                throw MathError("\\\(command) needs a command name such as \\norm", at: call.range)
            }
            let count = try parser.optionalTokens(of: command, at: start).map { tokens throws(MathError) in
                let digits = tokens.map(\.text).joined().trimmingSpaces
                guard let count = Int(digits), (0...9).contains(count) else {
                    throw MathError("\\\(command)'s [\(digits)] must be a number of parameters from 0 to 9",
                                    at: call.range)
                }
                return count
            } ?? 0
            let fallback = count > 0 ? try parser.optionalTokens(of: command, at: start) : nil
            let body = try parser.argumentTokens(of: command, at: start)
            let taken = parser.macros[name] != nil || Registry.commands[name] != nil || Aliases.macros[name] != nil
            if command == "providecommand", taken { return EmptyNode() }
            parser.macros[name] = Macro(parameters: count, optionalDefault: fallback, body: body)
            return EmptyNode()
        }
    }

    /// `\def\name#1#2{body}`: parameters numbered in order, then the body.
    private static func def(_ command: String, doc: String) -> Command {
        Command(command, doc: doc) { parser, call throws(MathError) in
            let name = try parser.definedName(of: command, at: call.range)
            var count = 0
            while parser.tokens[parser.position].isCharacter("#") {
                parser.position += 1
                guard case .character(let digit) = parser.tokens[parser.position].kind, Int(String(digit)) == count + 1
                else {
                    throw MathError("\\\(command)\\\(name): parameters are #1, #2, … in order, with no text between",
                                    at: call.range.lowerBound..<parser.lastEnd)
                }
                parser.position += 1
                count += 1
            }
            let start = Token(kind: .command(command), range: call.range)
            guard parser.tokens[parser.position].isCharacter("{") else {
                throw MathError("\\\(command)\\\(name) needs its body in braces", at: call.range.lowerBound..<parser.lastEnd)
            }
            let body = try parser.argumentTokens(of: command, at: start)
            parser.macros[name] = Macro(parameters: count, body: body)
            return EmptyNode()
        }
    }
}

extension Parser {
    /// The command a definition names, right after `\def`, `\let` and their kin.
    mutating func definedName(of command: String, at range: Range<Int>) throws(MathError) -> String {
        skipSpaces()
        guard case .command(let name) = tokens[position].kind, !name.isEmpty else {
            throw MathError("\\\(command) needs a command name such as \\norm after it", at: range)
        }
        position += 1
        return name
    }
}
