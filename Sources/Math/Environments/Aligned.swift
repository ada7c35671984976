/// Equations aligned at `&`: `aligned`, `align`, `align*`, `split` (columns right, left, right, …), and
/// centred lines: `gathered`, `gather`, `equation`, `multline`. The unstarred `align`, `alignat`, `flalign`
/// and `gather` number each row, `equation` and `multline` number once; the `…ed` forms and `split`, which
/// stand inside other math, never.
enum Alignments {
    static let environments: [Environment] = ["aligned", "align", "align*", "split", "flalign", "alignat", "alignat*", "alignedat"]
        .map { name in
            Environment(name, name.hasPrefix("align") && name.contains("at") ? [.raw] : [],
                        doc: "equations aligned at &, in display size",
                        numbering: ["align", "alignat", "flalign"].contains(name) ? .eachRow : .none) { body, _, _ in
                TableNode(rows: body.rows.map(leadingRelations), columnAlignment: Alignments.pairs(body.rows),
                          styleClass: "aligned", displayStyle: true)
            }
        }
        + ["gathered", "gather", "gather*", "equation", "equation*", "multline", "multline*"].map { name in
            Environment(name, doc: "equations centred one per line, in display size",
                        numbering: name == "gather" ? .eachRow : ["equation", "multline"].contains(name) ? .once : .none) {
                body, _, _ in
                TableNode(rows: body.rows, styleClass: "gathered", displayStyle: true)
            }
        }

    /// Right, left, right, left, … for as many columns as the widest row has.
    private static func pairs(_ rows: [[RowNode]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 1
        return (0..<max(columns, 1)).map { $0 % 2 == 0 ? "right" : "left" }
    }

    /// TeX starts each right-hand cell with an empty atom, so `&= b` is spaced as a relation between two sides.
    private static func leadingRelations(_ cells: [RowNode]) -> [RowNode] {
        cells.enumerated().map { column, cell in
            column % 2 == 1 ? RowNode([RowNode([], group: true)] + cell.children) : cell
        }
    }
}
