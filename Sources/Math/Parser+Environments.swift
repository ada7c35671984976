extension Parser {
    /// `\begin{name}` has been read: the environment's arguments, its rows of cells, and `\end{name}`.
    mutating func parseEnvironment(at begin: Token) throws(MathError) -> any MathNode {
        let name = try rawArgument(of: "begin", at: begin).trimmingSpaces
        let nameRange = begin.range.lowerBound..<lastEnd
        guard let environment = Registry.environments[name] else {
            let suggestion = Registry.suggestion(for: name, among: Registry.environmentNames)
            throw MathError("unknown environment \(name)", at: nameRange, suggestion: suggestion)
        }
        var arguments: [Argument] = []
        for kind in environment.arguments {
            arguments.append(try readArgument(kind, of: "begin{\(name)}", at: begin))
        }
        try environment.prepare?(&self)
        guard environment.numbering != .none else {
            return try environment.build(try parseRows(of: name, openedAt: nameRange), arguments, nameRange)
        }
        let (outerTag, outerNotag) = (tag, notag)
        (tag, notag) = (nil, false)
        defer { (tag, notag) = (outerTag, outerNotag) }
        let body = try parseRows(of: name, openedAt: nameRange, numbered: true)
        let node = try environment.build(body, arguments, nameRange)
        guard var table = node as? TableNode else { return node }
        table.rowTags = equationNumbers(for: body, environment.numbering)
        return table
    }

    /// Each row's equation number: its `\tag`, none under `\notag`, else the page's next number. Numbered
    /// once, the environment's number stands at its last row.
    private mutating func equationNumbers(for body: TableBody, _ numbering: Environment.Numbering) -> [TextNode?] {
        let rows = body.rows.indices
        func next() -> TextNode {
            macros.equations += 1
            var number = TextNode()
            number.append("(\(macros.equations))", font: nil)
            return number
        }
        guard numbering == .eachRow else {
            let label = rows.lazy.compactMap { body.tags[$0] }.first ?? (body.unnumbered.isEmpty ? next() : nil)
            return rows.map { $0 == rows.last ? label : nil }
        }
        return rows.map { row in body.tags[row] ?? (body.unnumbered.contains(row) ? nil : next()) }
    }

    /// Cells split at `&`, rows at `\\`, up to the `\end{name}` that closes the environment. A last row
    /// left empty by a trailing `\\` is dropped; `\hline` at the start of a row rules a line above it.
    /// With no name, the rows run to the `}` that closes a `\substack{…}`.
    /// In a numbered environment each row's `\tag` and `\notag` are kept for the row.
    mutating func parseRows(of name: String?, openedAt opening: Range<Int>, numbered: Bool = false) throws(MathError) -> TableBody {
        var body = TableBody()
        var cells: [RowNode] = []
        while true {
            if cells.isEmpty { skipRules(above: body.rows.count, in: &body) }
            cells.append(RowNode(try parseList(until: name == nil ? [.cell, .brace] : [.cell])))
            let token = next()
            switch token.kind {
            case .character("&"):
                continue
            case .character("}") where name == nil:
                if !(cells.count == 1 && cells[0].children.isEmpty && !body.rows.isEmpty) { body.rows.append(cells) }
                return body
            case .command("\\"), .command("cr"):
                body.rows.append(cells)
                if numbered { keepNumbering(of: body.rows.count - 1, in: &body) }
                cells = []
                skipRowSpacing()
            case .command("end"):
                let closing = try rawArgument(of: "end", at: token).trimmingSpaces
                guard closing == name else {
                    throw MathError("\\begin{\(name ?? "substack")} is closed by \\end{\(closing)}", at: token.range.lowerBound..<lastEnd)
                }
                if !(cells.count == 1 && cells[0].children.isEmpty && !body.rows.isEmpty) { body.rows.append(cells) }
                if numbered { keepNumbering(of: body.rows.count - 1, in: &body) }
                return body
            default:
                guard let name else { throw MathError("this { is never closed", at: opening) }
                throw MathError("\\begin{\(name)} is never closed by \\end{\(name)}", at: opening)
            }
        }
    }

    /// The `\tag` and `\notag` met in `row`, kept for it; the next row starts without them.
    private mutating func keepNumbering(of row: Int, in body: inout TableBody) {
        if let tag, body.tags[row] == nil { body.tags[row] = tag }
        if notag { body.unnumbered.insert(row) }
        (tag, notag) = (nil, false)
    }

    private mutating func skipRules(above row: Int, in body: inout TableBody) {
        while let token = peek(), token.isCommand("hline") || token.isCommand("hdashline") {
            skipSpaces()
            position += 1
            if token.isCommand("hline") { body.rulesAbove.insert(row) } else { body.dashedAbove.insert(row) }
        }
    }

    /// `\\[4pt]` asks for extra space below a row; the rows keep their usual spacing.
    private mutating func skipRowSpacing() {
        guard peek()?.isCharacter("[") == true else { return }
        skipSpaces()
        if let close = tokens[position...].firstIndex(where: { $0.isCharacter("]") }) { position = close + 1 }
    }
}

extension String {
    /// Without spaces, tabs and line breaks at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Lexer.isSpace($0) }),
              let last = scalars.lastIndex(where: { !Lexer.isSpace($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
