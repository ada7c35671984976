/// Every command and environment the parser knows, gathered from the family files. The same table
/// answers lookups, "did you mean" suggestions and the documented list in `TeX.commands`.
enum Registry {
    static let symbols: [Symbol] = Greek.symbols + Operators.symbols + MiscSymbols.symbols + Relations.symbols
        + Arrows.symbols + BinaryOperators.symbols + Ordinaries.symbols

    static let commandList: [Command] = symbols.map(\.command) + MiscSymbols.commands + Fractions.commands
        + Operators.commands + Roots.commands + Fonts.commands + Text.commands + OperatorNames.commands + LargeOperators.commands
        + Delimiters.commands + Accents.commands + Stacks.commands + Spacing.commands + Styles.commands
        + Environments.commands + Definitions.commands + Classes.commands + GeneralizedFractions.commands
        + Modular.commands + ExtensibleArrows.commands + Enclosures.commands + Colors.commands + Tags.commands
        + Sizes.commands + Phantoms.commands + FontSwitches.commands + Braket.commands + WideAccents.commands
        + Boxes.commands + Logos.commands + Verbatim.commands + LeftOut.commands + Groups.commands

    static let commands: [String: Command] = Dictionary(commandList.map { ($0.name, $0) }) { first, _ in first }

    static let environmentList: [Environment] = Matrices.environments + Cases.environments
        + Alignments.environments + ArrayEnvironment.environments + CommutativeDiagrams.environments

    static let environments: [String: Environment] = Dictionary(environmentList.map { ($0.name, $0) }) { first, _ in first }

    static let environmentNames: [String] = environmentList.map(\.name)

    /// Typed Unicode that a symbol command names: ≤ reads as `\leq`. The first command for a character wins.
    static let symbolsByText: [String: Symbol] = Dictionary(symbols.map { ($0.text, $0) }) { first, _ in first }

    /// Every command name, built-in macros included, that "did you mean" may offer.
    static let allNames: [String] = (commandList.map(\.name) + Aliases.definitions.map(\.name))
        .filter { $0.unicodeScalars.allSatisfy(Lexer.isLetter) }

    /// The known command nearest to `name`, for "did you mean".
    static func suggestion(for name: String, among candidates: [String]? = nil) -> String? {
        let candidates = candidates ?? allNames
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(name, candidate)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Levenshtein distance, a swap of neighbours counting as one edit (`farc` → `frac`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
