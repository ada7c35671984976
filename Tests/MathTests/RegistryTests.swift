import Testing
@testable import Math

@Suite("The command registry")
struct RegistryTests {
    /// Commands that read their argument themselves, so their declared arguments are empty.
    static let readingTheirOwnArgument = Set(Fonts.commands.map(\.name) + Text.commands.map(\.name) + ["operatorname"])

    /// The command with arguments to try it with, by what it reads.
    static func sample(_ command: Command) -> String {
        let tex = "\\" + command.name
        switch command.name {
        case "begin": return "\\begin{matrix} a \\end{matrix}"
        case "left": return "\\left( x \\right)"
        case "hspace": return tex + "{1em}"
        case _ where readingTheirOwnArgument.contains(command.name): return tex + "{ab}"
        default: break
        }
        return tex + command.arguments.map { kind in
            switch kind {
            case .math, .raw: "{x}"
            case .optionalMath: "[3]"
            case .delimiter: "("
            }
        }.joined()
    }

    /// Commands that belong after or between others, and are errors alone.
    static let outOfPlace: Set<String> = ["right", "middle", "end", "limits", "nolimits", "hline"]

    @Test func everyCommandRendersWithoutAnError() {
        for command in Registry.commandList where !Self.outOfPlace.contains(command.name) {
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
        #expect(TeX.commands.count == Registry.commandList.count + Registry.environmentList.count)
    }
}
