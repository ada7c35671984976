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

    /// `allNames` with their scalars, grouped by scalar count once rather than at every unknown command.
    static let namesByLength: [[(name: String, scalars: [Unicode.Scalar])]] = {
        let spelled = allNames.map { (name: $0, scalars: Array($0.unicodeScalars)) }
        var byLength = [[(name: String, scalars: [Unicode.Scalar])]](
            repeating: [], count: (spelled.map(\.scalars.count).max() ?? 0) + 1)
        for entry in spelled { byLength[entry.scalars.count].append(entry) }
        return byLength
    }()

    /// The known command nearest to `name`, for "did you mean". A formula may hold hundreds of unknown commands,
    /// so a candidate whose length alone puts it beyond the limit is passed over without measuring it.
    static func suggestion(for name: String, among candidates: [String]? = nil) -> String? {
        let word = Array(name.unicodeScalars)
        let limit = max(1, name.count / 3)
        let spelled: [(name: String, scalars: [Unicode.Scalar])]
        if let candidates {
            spelled = candidates.map { ($0, Array($0.unicodeScalars)) }
        } else {
            let shortest = max(0, word.count - limit), longest = min(namesByLength.count - 1, word.count + limit)
            spelled = shortest <= longest ? (shortest...longest).flatMap { namesByLength[$0] } : []
        }
        var best: (name: String, distance: Int)?
        for (candidate, scalars) in spelled where candidate != name {
            guard abs(scalars.count - word.count) <= limit else { continue }
            let distance = editDistance(word, scalars)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Levenshtein distance, a swap of neighbours counting as one edit (`farc` → `frac`). It is never less than
    /// the difference of the lengths.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let width = b.count + 1
        // One flat table, row i holding the distances from a's first i scalars.
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { table[i * width] = i }
        for j in 0...b.count { table[j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var distance = min(
                    table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1, table[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance = min(distance, table[(i - 2) * width + j - 2] + 1)
                }
                table[i * width + j] = distance
            }
        }
        return table[a.count * width + b.count]
    }
}
