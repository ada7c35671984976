import Language

extension HTMLRenderer {
    /// A `table(...)` output, in the same `<div class="table">` as a pipe table in the prose; columns of
    /// numbers are right-aligned so their decimal points line up.
    mutating func writeTableOutput(_ table: TableOutput) {
        let right = table.headers.indices.map(table.isNumeric(column:))
        func row(_ cells: [String], tag: String) {
            html += "<tr>"
            for (column, cell) in cells.enumerated() {
                let style = right.indices.contains(column) && right[column] ? " style=\"text-align: right\"" : ""
                html += "<\(tag)\(style)>\(HTMLEscape.text(cell))</\(tag)>"
            }
            html += "</tr>\n"
        }
        html += "<div class=\"table output\"><table>\n<thead>\n"
        row(table.headers, tag: "th")
        html += "</thead>\n<tbody>\n"
        table.rows.forEach { row($0.map(\.shown), tag: "td") }
        html += "</tbody>\n</table></div>\n"
    }
}
