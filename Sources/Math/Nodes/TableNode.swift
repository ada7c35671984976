/// Rows of cells, as `matrix`, `cases`, `aligned` and `array` build them, with optional delimiters around.
struct TableNode: MathNode {
    let rows: [[RowNode]]
    /// Rows with a rule above them (`\hline`); the row count itself means a rule below the last row.
    var rulesAbove: Set<Int> = []
    /// Rows with a dashed rule above them (`\hdashline`).
    var dashedAbove: Set<Int> = []
    /// The alignment of each column ("left", "center", "right"); the last one repeats.
    var columnAlignment: [String] = ["center"]
    /// A class naming the environment's look in the stylesheet (`aligned`, `cases`, …).
    var styleClass: String?
    /// Cells in display size (aligned equations) rather than text size (matrices).
    var displayStyle = false
    /// Columns followed by a vertical rule (`array` with `|` in its column spec).
    var ruledColumns: Set<Int> = []
    var open = ""
    var close = ""
    /// Equation numbers at the right of the rows; empty when the table is not numbered.
    var rowTags: [TextNode?] = []

    var atomClass: AtomClass { open.isEmpty && close.isEmpty ? .ord : .inner }

    func mathML() -> MathML {
        var attributes: Attributes = [:]
        let classes = [styleClass, rowTags.isEmpty ? nil : "tagged"].compactMap { $0 }
        if !classes.isEmpty { attributes["class"] = classes.joined(separator: " ") }
        if displayStyle { attributes["displaystyle"] = "true" }
        let table = MathML("mtable", attributes, rows.enumerated().map { index, cells in
            var row = cells.enumerated().map { column, cell in
                MathML("mtd", cellAttributes(column), [cell.mathML()])
            }
            if index < rowTags.count {
                row.insert(MathML("mtd", ["class": "tag-balance"]), at: 0)
                row.append(MathML("mtd", ["class": "tag"], rowTags[index].map { [$0.mathML()] } ?? []))
            }
            return MathML("mtr", rowAttributes(index), row)
        })
        guard !open.isEmpty || !close.isEmpty else { return table }
        var children: [MathML] = []
        if !open.isEmpty { children.append(FenceNode(text: open, role: .open).mathML()) }
        children.append(table)
        if !close.isEmpty { children.append(FenceNode(text: close, role: .close).mathML()) }
        return MathML("mrow", [:], children)
    }

    private func rowAttributes(_ index: Int) -> Attributes {
        var classes: [String] = []
        if rulesAbove.contains(index) { classes.append("rule-above") }
        if dashedAbove.contains(index) { classes.append("dashed-above") }
        if index == rows.count - 1, rulesAbove.contains(rows.count) { classes.append("rule-below") }
        if index == rows.count - 1, dashedAbove.contains(rows.count) { classes.append("dashed-below") }
        return classes.isEmpty ? [:] : ["class": classes.joined(separator: " ")]
    }

    private func cellAttributes(_ column: Int) -> Attributes {
        var attributes: Attributes = [:]
        let alignment = columnAlignment[min(column, columnAlignment.count - 1)]
        if alignment != "center" { attributes["columnalign"] = alignment }
        if ruledColumns.contains(column) { attributes["class"] = "rule-after" }
        return attributes
    }

    /// SVG text has no tables: rows separated by semicolons, cells by commas, inside the delimiters.
    func runs(_ writer: inout RunWriter) {
        writer.write(open)
        for (index, cells) in rows.enumerated() {
            if index > 0 { writer.write("; ") }
            for (column, cell) in cells.enumerated() {
                if column > 0 { writer.write(", ") }
                cell.runs(&writer)
            }
        }
        writer.write(close)
    }
}
