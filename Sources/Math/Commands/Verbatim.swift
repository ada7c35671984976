/// Characters as written: `\verb|…|` shows its text in typewriter letters, `\char"263A` the character with
/// that code (decimal, `"` hexadecimal or `'` octal).
enum Verbatim {
    static let commands: [Command] = [
        Command("verb", doc: "text as written, between two equal characters: \\verb|x^2|") { parser, call throws(MathError) in
            var start = call.range.upperBound
            if start < parser.scalars.count, parser.scalars[start] == "*" { start += 1 }
            guard start < parser.scalars.count, parser.scalars[start] != " " else {
                throw MathError("\\verb needs its text between two equal characters: \\verb|…|", at: call.range)
            }
            let delimiter = parser.scalars[start]
            guard let close = parser.scalars[(start + 1)...].firstIndex(of: delimiter) else {
                throw MathError("\\verb's text is never closed by \(delimiter)", at: call.range)
            }
            while parser.tokens[parser.position].kind != .end, parser.tokens[parser.position].range.lowerBound <= close {
                parser.position += 1
            }
            var text = TextNode()
            text.append(parser.source(start + 1..<close), font: .monospace)
            return text
        },
        Command("char", doc: "the character with a code: \\char\"263A, \\char65") { parser, call throws(MathError) in
            var radix = 10
            if parser.tokens[parser.position].isCharacter("\"") { radix = 16 }
            if parser.tokens[parser.position].isCharacter("'") { radix = 8 }
            if radix != 10 { parser.position += 1 }
            var digits = ""
            while case .character(let scalar) = parser.tokens[parser.position].kind, scalar.properties.isASCIIHexDigit,
                  Int(String(scalar), radix: radix) != nil {
                digits.unicodeScalars.append(scalar)
                parser.position += 1
            }
            guard let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code), code >= 0x20 else {
                throw MathError("\\char needs a character code such as \"263A", at: call.range.lowerBound..<parser.lastEnd)
            }
            return Symbols.character(scalar, font: nil) ?? SymbolNode(String(scalar), .operator)
        },
    ]
}
