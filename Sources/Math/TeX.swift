/// TeX math → MathML for pages, and → styled runs for SVG text, from one parser. Conversion never fails:
/// an unknown command shows as a red `<merror>` in place, a formula that cannot be read at all shows its
/// source in one, and each problem comes back as a warning placed within the TeX.
public enum TeX {
    /// The formula as one `<math>` element (`display="block"` for display math), with the TeX in `alttext`.
    public static func mathML(_ tex: String, display: Bool) -> MathResult {
        var macros = Macros()
        return mathML(tex, display: display, macros: &macros)
    }

    /// The formula as one `<math>` element, with `macros` in force; the definitions it makes are added to
    /// `macros`, for the formulas after it.
    public static func mathML(_ tex: String, display: Bool, macros: inout Macros) -> MathResult {
        var parser = Parser(tex, macros: macros)
        parser.display = display
        defer { macros = parser.macros }
        var children: [MathML]
        var problems: [MathError]
        do {
            children = try parser.parseFormula().elements()
            problems = parser.warnings
            if let tag = parser.tag {
                if display {
                    children = [Tags.tagged(children, tag: tag)]
                } else {
                    problems.append(MathError("\\tag numbers display formulas only; it is left out here", at: 0..<0))
                }
            }
        } catch {
            children = [ErrorNode(tex.trimmingSpaces).mathML()]
            problems = parser.warnings + [error]
        }
        var attributes: Attributes = ["alttext": tex.trimmingSpaces]
        if display { attributes["display"] = "block" }
        var math = MathML("math", attributes, children)
        ScriptStyle.apply(to: &math, display: display)
        return MathResult(markup: math.markup, warnings: warnings(problems, in: tex))
    }

    /// The formula as runs of SVG text: Unicode symbols, styles, and script positions, with `Macros.inForce`
    /// expanded. A formula that cannot be read comes back as its source in one upright run.
    public static func runs(_ tex: String) -> [MathRun] {
        var parser = Parser(tex, macros: Macros.inForce)
        var writer = RunWriter()
        do {
            try parser.parseFormula().runs(&writer)
        } catch {
            return tex.isEmpty ? [] : [MathRun(tex)]
        }
        return writer.runs
    }

    /// Every command and environment the converter knows, each with a line saying what it does.
    public static var commands: [(name: String, doc: String)] {
        Registry.commandList.map { ("\\" + $0.name, $0.doc) } + Aliases.definitions.map { ("\\" + $0.name, $0.doc) }
            + Registry.environmentList.map { ("\\begin{\($0.name)}", $0.doc) }
    }

    /// Problems sorted by where they stand, converted from scalar offsets to Characters, lines and columns.
    private static func warnings(_ problems: [MathError], in tex: String) -> [MathWarning] {
        guard !problems.isEmpty else { return [] }
        let places = CharacterPlaces(tex)
        return problems.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { problem in
            let start = places.place(ofScalar: problem.range.lowerBound)
            let end = places.place(ofScalar: problem.range.upperBound)
            return MathWarning(
                message: problem.message, suggestion: problem.suggestion, offset: start.offset, line: start.line,
                column: start.column, length: end.offset - start.offset)
        }
    }
}

/// Converts Unicode-scalar offsets into Character offsets and 1-based lines and columns.
private struct CharacterPlaces {
    /// For each Character: the scalar offset it starts at, and its line and column.
    private var starts: [(scalar: Int, line: Int, column: Int)] = []
    private let end: (scalar: Int, line: Int, column: Int)

    init(_ text: String) {
        var scalar = 0, line = 1, column = 1
        for character in text {
            starts.append((scalar, line, column))
            scalar += character.unicodeScalars.count
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        end = (scalar, line, column)
    }

    /// The Character holding scalar `offset`, found by halving (`starts` grows with the offset): a formula with
    /// thousands of warnings must not scan the formula once for each.
    func place(ofScalar offset: Int) -> (offset: Int, line: Int, column: Int) {
        guard offset < end.scalar else { return (starts.count, end.line, end.column) }
        var low = 0, high = starts.count  // the first Character starting after `offset` is in low...high
        while low < high {
            let middle = (low + high) / 2
            if starts[middle].scalar <= offset { low = middle + 1 } else { high = middle }
        }
        let index = max(0, low - 1)
        return (index, starts[index].line, starts[index].column)
    }
}
