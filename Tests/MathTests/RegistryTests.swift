import Testing
@testable import Math

@Suite("The command registry")
struct RegistryTests {
    /// Commands that read their argument themselves, so their declared arguments are empty.
    static let readingTheirOwnArgument = Set(Fonts.commands.map(\.name) + Text.commands.map(\.name)
        + ["operatorname", "fbox", "tag", "substack"])

    /// Commands whose arguments are not plain math or text, with an example.
    static let samples: [String: String] = [
        "begin": "\\begin{matrix} a \\end{matrix}", "left": "\\left( x \\right)", "hspace": "\\hspace{1em}",
        "kern": "\\kern1em", "mkern": "\\mkern18mu", "mskip": "\\mskip{10mu}", "hskip": "\\hskip 1em",
        "newcommand": "\\newcommand{\\foo}{x}\\foo", "renewcommand": "\\renewcommand\\foo[1]{x#1}\\foo y",
        "providecommand": "\\providecommand{\\foo}[1][a]{#1}\\foo", "def": "\\def\\foo#1{x#1}\\foo y",
        "gdef": "\\gdef\\foo{x}\\foo", "edef": "\\edef\\foo{x}\\foo", "xdef": "\\xdef\\foo{x}\\foo",
        "let": "\\let\\foo=\\alpha\\foo", "global": "\\global\\def\\foo{x}\\foo", "above": "{a \\above 2pt b}",
        "genfrac": "\\genfrac(]{0pt}{1}{a}{b}", "color": "\\color{red} x", "textcolor": "\\textcolor{#00f}{x}",
        "colorbox": "\\colorbox{aqua}{x}", "fcolorbox": "\\fcolorbox{red}{aqua}{x}", "raisebox": "\\raisebox{2pt}{x}",
        "rule": "\\rule[1pt]{2ex}{1ex}", "begingroup": "\\begingroup a\\endgroup", "verb": "\\verb|x^2|", "char": "\\char\"263A",
    ]

    /// The command with arguments to try it with, by what it reads.
    static func sample(_ command: Command) -> String {
        let tex = "\\" + command.name
        if let sample = samples[command.name] { return sample }
        if readingTheirOwnArgument.contains(command.name) { return tex + "{ab}" }
        return tex + command.arguments.map { kind in
            switch kind {
            case .math, .raw: "{x}"
            case .optionalMath: "[3]"
            case .optionalRaw: ""
            case .delimiter: "("
            }
        }.joined()
    }

    /// Commands that belong after or between others, and are errors alone.
    static let outOfPlace: Set<String> = ["right", "middle", "end", "limits", "nolimits", "hline", "hdashline", "endgroup"]

    /// Commands left out on purpose: they warn, saying so.
    static let leftOut = Set(LeftOut.commands.map(\.name))

    @Test func everyCommandRendersWithoutAnError() {
        for command in Registry.commandList where !Self.outOfPlace.contains(command.name) && !Self.leftOut.contains(command.name) {
            let tex = Self.sample(command)
            let result = TeX.mathML(tex, display: true)
            #expect(result.warnings.isEmpty, "\(tex): \(result.warnings)")
        }
    }

    @Test func commandsOutOfPlaceAreWarnedAbout() {
        for name in Self.outOfPlace {
            #expect(warnings("x \\\(name)( y").count == 1, "\\\(name)")
        }
    }

    @Test func commandsLeftOutOnPurposeSaySo() {
        for name in Self.leftOut {
            let messages = TeX.mathML(Self.sample(Registry.commands[name]!), display: false).warnings.map(\.message)
            #expect(messages.count == 1 && messages[0].contains("left out on purpose"), "\\\(name): \(messages)")
        }
    }

    @Test func everyEnvironmentRendersWithoutAnError() {
        for environment in Registry.environmentList {
            let spec = environment.arguments.isEmpty ? "" : "{cc}"
            let tex = "\\begin{\(environment.name)}\(spec) a & b \\\\ c & d \\end{\(environment.name)}"
            #expect(TeX.mathML(tex, display: true).warnings.isEmpty, "\(tex)")
        }
    }

    @Test func namesAreUniqueAndDocumented() {
        let names = Registry.commandList.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Registry.commandList.allSatisfy { !$0.doc.isEmpty })
        #expect(TeX.commands.count == Registry.commandList.count + Aliases.definitions.count + Registry.environmentList.count)
        #expect(Set(names).isDisjoint(with: Aliases.definitions.map(\.name)))
    }
}
