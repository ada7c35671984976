/// Reads the TeX between dollars into spans; see `TeXText`.
struct MathReader {
    /// Style forced by an enclosing `\mathbf`/`\mathrm`, and the baseline of the enclosing script.
    struct Context {
        var style: TextSpan.Style?
        var shift: TextSpan.Shift = .none
    }

    private let chars: [Character]
    private var index = 0
    private(set) var spans = SpanList()
    /// Whether the last atom can take a binary operator after it (so `-` after it is binary, not a sign).
    private var lastWasOperand = false

    init(_ tex: String) {
        chars = Array(tex)
    }

    mutating func read() {
        readSequence(Context(), inGroup: false)
    }

    private mutating func readSequence(_ context: Context, inGroup: Bool) {
        while index < chars.count {
            if chars[index] == "}" {
                index += 1
                if inGroup { return }
                continue
            }
            readAtom(context)
        }
    }

    private mutating func readAtom(_ context: Context) {
        let char = chars[index]
        index += 1
        switch char {
        case " ", "\t", "\n", "\r": break
        case "{": readSequence(context, inGroup: true)
        case "^": readScript(context, shift: .superscript)
        case "_": readScript(context, shift: .subscript)
        case "\\": readCommand(context)
        case "'": emit("′", .normal, context, operand: true)
        case "(", "[", "/", ";": emit(String(char), .normal, context, operand: false)
        case ",": emit(",\u{2009}", .normal, context, operand: false)
        default:
            if let symbol = TeXSymbols.operatorCharacters[char] {
                emitOperator(symbol, context)
            } else {
                emit(String(char), char.isLetter ? .italic : .normal, context, operand: true)
            }
        }
    }

    /// `^` or `_`: the next atom or group one level up or down; nested scripts stay at that level.
    private mutating func readScript(_ context: Context, shift: TextSpan.Shift) {
        var inner = context
        if context.shift == .none { inner.shift = shift }
        readArgument(inner)
        lastWasOperand = true
    }

    /// One argument: a `{…}` group or a single atom.
    private mutating func readArgument(_ context: Context) {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        guard index < chars.count else { return }
        if chars[index] == "{" {
            index += 1
            readSequence(context, inGroup: true)
        } else {
            readAtom(context)
        }
    }

    /// The raw text of the next `{…}` group (consumed), or of the next single character.
    private mutating func readRawArgument() -> String {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        guard index < chars.count else { return "" }
        guard chars[index] == "{" else {
            index += 1
            return String(chars[index - 1])
        }
        var depth = 0, raw = ""
        while index < chars.count {
            let char = chars[index]
            index += 1
            if char == "{" { depth += 1; if depth == 1 { continue } }
            if char == "}" { depth -= 1; if depth == 0 { break } }
            raw.append(char)
        }
        return raw
    }

    private mutating func readCommandName() -> String {
        guard index < chars.count else { return "" }
        guard chars[index].isLetter else {
            index += 1
            return String(chars[index - 1])
        }
        let start = index
        while index < chars.count, chars[index].isLetter { index += 1 }
        return String(chars[start..<index])
    }

    private mutating func readCommand(_ context: Context) {
        let name = readCommandName()
        if let symbol = TeXSymbols.lowerGreek[name] {
            emit(symbol, .italic, context, operand: true)
        } else if let symbol = TeXSymbols.upright[name] {
            emit(symbol, .normal, context, operand: true)
        } else if let symbol = TeXSymbols.operators[name] {
            emitOperator(symbol, context)
        } else if TeXSymbols.functions.contains(name) {
            emit(name, .normal, context, operand: true)
            if nextIsOperand { emit("\u{2009}", .normal, context, operand: true) }
        } else if let space = TeXSymbols.spaces[name] {
            emit(space, .normal, context, operand: lastWasOperand)
        } else if let accent = TeXSymbols.accents[name] {
            readArgument(context)
            spans.appendToLast(accent)
        } else if TeXSymbols.ignored.contains(name) {
            if (name == "left" || name == "right"), index < chars.count, chars[index] == "." { index += 1 }
        } else {
            readStyleCommand(name, context)
        }
    }

    /// Commands that take an argument and change how it is drawn.
    private mutating func readStyleCommand(_ name: String, _ context: Context) {
        var inner = context
        switch name {
        case "mathbf", "boldsymbol", "bm":
            inner.style = .bold
            readArgument(inner)
        case "mathrm", "operatorname", "mathsf", "mathtt":
            inner.style = .normal
            readArgument(inner)
        case "mathit":
            inner.style = .italic
            readArgument(inner)
        case "text", "textrm", "mbox", "textbf", "textit":
            let style: TextSpan.Style = name == "textbf" ? .bold : name == "textit" ? .italic : .normal
            emit(readRawArgument(), style, context, operand: true)
        case "mathcal", "mathscr":
            emit(readRawArgument().map(TeXSymbols.calligraphic).joined(), .normal, context, operand: true)
        case "mathbb":
            emit(readRawArgument().map(TeXSymbols.blackboard).joined(), .normal, context, operand: true)
        case "frac", "dfrac", "tfrac":
            readWrapped(context)
            emit("/", .normal, context, operand: false)
            readWrapped(context)
        case "sqrt":
            emit("√", .normal, context, operand: false)
            readWrapped(context)
        default:
            emit("\\" + name, .normal, context, operand: true)
        }
    }

    /// An argument, in parentheses when it is more than one symbol (`\frac{a+b}{2}` → (a + b)/2).
    private mutating func readWrapped(_ context: Context) {
        let before = spans.spans.map(\.text).joined().count
        let save = index
        var probe = self
        probe.readArgument(context)
        let needsParentheses = probe.spans.spans.map(\.text).joined().count - before > 1
        index = save
        if needsParentheses { emit("(", .normal, context, operand: false) }
        readArgument(context)
        if needsParentheses { emit(")", .normal, context, operand: true) }
    }

    private var nextIsOperand: Bool {
        var probe = index
        while probe < chars.count, chars[probe].isWhitespace { probe += 1 }
        guard probe < chars.count else { return false }
        return !"()[]^_,;=+-".contains(chars[probe])
    }

    private mutating func emit(_ text: String, _ style: TextSpan.Style, _ context: Context, operand: Bool) {
        spans.append(TextSpan(text, style: context.style ?? style, shift: context.shift))
        lastWasOperand = operand
    }

    /// A binary operator or relation, spaced on the baseline; a sign (nothing before it) or a script is tight.
    private mutating func emitOperator(_ symbol: String, _ context: Context) {
        let spaced = lastWasOperand && context.shift == .none
        let style: TextSpan.Style = context.style == .bold ? .bold : .normal
        spans.append(TextSpan(spaced ? " \(symbol) " : symbol, style: style, shift: context.shift))
        lastWasOperand = false
    }
}
