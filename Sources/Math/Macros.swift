/// The macros in force while a lesson's formulas are converted (and the page's equation count). A formula's `\newcommand`, `\def` or `\let`
/// lands here and serves every later formula given the same table; a `macros:` map in front matter or
/// `course.yml` fills it before the first one.
public struct Macros: Sendable {
    var definitions: [String: Macro] = [:]
    /// Equations numbered so far on the page: `equation`, `align` and the other numbered environments go
    /// on from here, so the table that carries a page's macros carries its numbering too.
    var equations = 0

    /// Most expansions one formula may make, and most tokens it may grow to: `\def\a{\a\a}` stops here.
    static let maximumExpansions = 2_000
    static let maximumTokens = 20_000

    public init() {}

    /// The macros that figure text (`TeX.runs`) is drawn with. Figures are drawn deep inside the figures
    /// module, so a page binds its table around drawing each figure rather than handing it down every call.
    @TaskLocal public static var inForce = Macros()

    /// True when nothing is defined.
    public var isEmpty: Bool { definitions.isEmpty }

    /// Whether converting `tex` with this table could change it; false only when that is certain: nothing is
    /// defined (so no macro can expand to a definition), and the formula names no definition command (`\def`
    /// and its kin, `\newcommand` and its kin, `\let`) and opens no numbered environment (`equation`, `align`
    /// and the others that count equations). A page that only wants the table can then skip converting most
    /// formulas.
    public func mayChange(converting tex: String) -> Bool {
        guard definitions.isEmpty else { return true }
        // Over the bytes: `String.contains` took 60 000 instructions a formula here, more than converting most.
        let bytes = Array(tex.utf8)
        // Where `word` starts, found one at a time, so a search stops at the first that decides.
        func starts(of word: [UInt8]) -> LazyFilterSequence<Range<Int>> {
            (0..<max(0, bytes.count - word.count + 1)).lazy.filter { bytes[$0..<($0 + word.count)].elementsEqual(word) }
        }
        if Self.definingWords.contains(where: { starts(of: $0).first != nil }) { return true }
        return starts(of: Self.begin).contains { start in
            // `\begin{name}`, spaces allowed before the brace; anything else might be numbered.
            var index = start + Self.begin.count
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{"),
                  let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return true }
            let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            return Registry.environments[name].map { $0.numbering != .none } ?? true
        }
    }

    /// Parts of the names of the commands that define: `\def`, `\newcommand`, `\let` and their kin.
    private static let definingWords = ["def", "command", "let"].map { Array($0.utf8) }
    private static let begin = Array("\\begin".utf8)

    /// Defines `name` (`\RR` or `RR`) as `body`, as a `macros:` map does; `#1`…`#9` in the body are its
    /// parameters. Returns nil, or why the definition was refused.
    public mutating func define(_ name: String, as body: String) -> String? {
        let bare = name.hasPrefix("\\") ? String(name.dropFirst()) : name
        let nameTokens = Lexer.tokens(Array(("\\" + bare).unicodeScalars)).dropLast()
        guard nameTokens.count == 1, case .command(let command)? = nameTokens.first?.kind, !command.isEmpty else {
            return "\(name) is not a macro name: write it as \\name"
        }
        var tokens = Lexer.tokens(Array(body.unicodeScalars))
        tokens.removeLast()
        let parameters = tokens.indices.compactMap { index -> Int? in
            guard tokens[index].isCharacter("#"), index + 1 < tokens.count,
                  case .character(let digit) = tokens[index + 1].kind else { return nil }
            return Int(String(digit))
        }.max() ?? 0
        definitions[command] = Macro(parameters: parameters, body: tokens)
        return nil
    }

    subscript(name: String) -> Macro? {
        get { definitions[name] }
        set { definitions[name] = newValue }
    }
}

/// One macro: how many parameters it takes, the default of an optional first one, and the tokens it stands for.
struct Macro: Sendable {
    var parameters: Int
    /// When set, the first parameter is optional, written `[…]`, and takes these tokens when left out.
    var optionalDefault: [Token]?
    var body: [Token]

    init(parameters: Int = 0, optionalDefault: [Token]? = nil, body: [Token]) {
        self.parameters = parameters
        self.optionalDefault = optionalDefault
        self.body = body
    }

    /// The body with `#n` replaced by the `n`th argument and `##` by `#`, every token placed at `range`; nil
    /// when that would pass `limit` tokens, which is found before anything is built.
    func expansion(_ arguments: [[Token]], at range: Range<Int>, limit: Int) -> [Token]? {
        var size = 0
        substitute(arguments) { size += $0.count }
        guard size <= limit else { return nil }
        var out: [Token] = []
        out.reserveCapacity(size)
        substitute(arguments) { piece in out += piece.map { Token(kind: $0.kind, range: range) } }
        return out
    }

    /// Walks the body, handing `emit` each token, or the argument that stands for a parameter.
    private func substitute(_ arguments: [[Token]], _ emit: (ArraySlice<Token>) -> Void) {
        var index = 0
        while index < body.count {
            let token = body[index]
            index += 1
            if token.isCharacter("#"), index < body.count {
                if case .character(let digit) = body[index].kind, let number = Int(String(digit)),
                   number >= 1, number <= arguments.count {
                    emit(arguments[number - 1][...])
                    index += 1
                    continue
                }
                if body[index].isCharacter("#") { index += 1 }
            }
            emit(body[index - 1...index - 1])
        }
    }
}
