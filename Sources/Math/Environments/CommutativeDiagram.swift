/// `CD`, amscd's commutative diagrams: objects joined by `@>a>b>` `@<<<` (labelled arrows right and left),
/// `@VVV` `@AAA` (down and up, labels left and right), `@=` `@|` (equalities) and `@.` (nothing). The arrows
/// are rewritten into an ordinary table first: objects and horizontal arrows alternate in a row, vertical
/// arrows stand in their own rows under the objects.
enum CommutativeDiagrams {
    static let environments: [Environment] = [
        Environment("CD", doc: "a commutative diagram: A @>f>> B \\\\ @VgVV @VVhV \\\\ C @>>k> D",
                    prepare: { parser throws(MathError) in try parser.rewriteCommutativeDiagram() }) { body, _, _ in
            TableNode(rows: body.rows, styleClass: "cd", displayStyle: true)
        },
    ]
}

extension Parser {
    /// Rewrites the diagram up to `\end{CD}` in place as cells, `&` and `\\`.
    mutating func rewriteCommutativeDiagram() throws(MathError) {
        guard let end = tokens[position...].firstIndex(where: { $0.isCommand("end") }) else { return }
        var rows: [[Token]] = [[]]
        var depth = 0
        for token in tokens[position..<end] {
            if token.isCharacter("{") { depth += 1 }
            if token.isCharacter("}") { depth -= 1 }
            if depth == 0, token.isCommand("\\") { rows.append([]) } else { rows[rows.count - 1].append(token) }
        }
        var rewritten: [Token] = []
        for (index, row) in rows.enumerated() {
            if index > 0 { rewritten.append(Token(kind: .command("\\"), range: tokens[end].range)) }
            rewritten += try Self.cells(of: row)
        }
        tokens.replaceSubrange(position..<end, with: rewritten)
    }

    /// One row's cells: an object row keeps objects and makes each horizontal arrow a cell between them; a
    /// row of vertical arrows puts each under its object, with empty cells between.
    private static func cells(of row: [Token]) throws(MathError) -> [Token] {
        var out: [Token] = []
        var index = 0
        var vertical = false
        while index < row.count {
            let token = row[index]
            guard token.isCharacter("@"), index + 1 < row.count, case .character(let kind) = row[index + 1].kind else {
                out.append(token)
                index += 1
                continue
            }
            let at = token.range
            index += 2
            switch kind {
            case ">", "<":
                let above = label(row, &index, until: kind), below = label(row, &index, until: kind)
                let name = kind == ">" ? "xrightarrow" : "xleftarrow"
                out += [amp(at), command(name, at)] + bracketed(below, at) + braced(above, at) + [amp(at)]
            case "=":
                out += [amp(at), command("xlongequal", at), character("{", at), character("}", at), amp(at)]
            case "V", "A":
                let left = label(row, &index, until: kind), right = label(row, &index, until: kind)
                out += (vertical ? [amp(at), amp(at)] : []) + small(left, at)
                    + [command("Big", at), command(kind == "V" ? "downarrow" : "uparrow", at)] + small(right, at)
                vertical = true
            case "|", ".":
                out += (vertical ? [amp(at), amp(at)] : [])
                if kind == "|" { out += [command("Big", at), command("Vert", at)] }
                vertical = true
            default:
                throw MathError("@\(kind) is not an arrow of CD: use @>>>, @<<<, @VVV, @AAA, @=, @| or @.", at: at)
            }
        }
        return out
    }

    /// The tokens up to the next `stop` character, which is skipped.
    private static func label(_ row: [Token], _ index: inout Int, until stop: Unicode.Scalar) -> [Token] {
        let start = index
        while index < row.count, !row[index].isCharacter(stop) { index += 1 }
        defer { index = min(index + 1, row.count) }
        return Array(row[start..<index])
    }

    private static func small(_ label: [Token], _ at: Range<Int>) -> [Token] {
        label.isEmpty ? [] : [character("{", at), command("scriptstyle", at)] + label + [character("}", at)]
    }

    private static func braced(_ label: [Token], _ at: Range<Int>) -> [Token] {
        [character("{", at)] + label + [character("}", at)]
    }

    private static func bracketed(_ label: [Token], _ at: Range<Int>) -> [Token] {
        label.isEmpty ? [] : [character("[", at)] + label + [character("]", at)]
    }

    private static func amp(_ at: Range<Int>) -> Token { character("&", at) }
    private static func character(_ scalar: Unicode.Scalar, _ at: Range<Int>) -> Token { Token(kind: .character(scalar), range: at) }
    private static func command(_ name: String, _ at: Range<Int>) -> Token { Token(kind: .command(name), range: at) }
}
