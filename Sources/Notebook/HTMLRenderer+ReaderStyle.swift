import Figures

extension HTMLRenderer {
    /// Rules for reading comfort, kept apart from the base sheet: figure colours that follow the light or dark
    /// scheme, and print.
    static var readerStyleSheet: String {
        FigureTheme.styleRules + printStyleSheet
    }

    /// The article's class for its `print-code` choice ("" when every block prints).
    var printClass: String {
        switch lesson.frontMatter.printCode {
        case .all: ""
        case .unfolded: " print-code-unfolded"
        case .omitted: " print-code-none"
        }
    }

    /// Print: black on white in a smaller face, folded code opened (`::details-content` shows a closed
    /// `<details>` without script) unless the lesson's `print-code` leaves it out, and nothing that needs a
    /// screen (slider controls, copy buttons, heading anchors, the footer). Figures, code listings and
    /// formulas each stay whole, but a cell may break between its code and its figure, so a tall cell does
    /// not push a page's worth of white ahead of it.
    static let printStyleSheet = """
        @media print {
          @page { margin: 1.5cm 1.6cm; }
          :root { --bg: #fff; --fg: #000; --out-bg: #fff; --code-bg: #f5f5f2; }
          body { font-size: 10.5pt; line-height: 1.45; }
          main { max-width: none; padding: 0; }
          footer, .lr-slider-control { display: none; }
          h1, h2, h3, h4 { break-after: avoid; }
          h2 { margin-top: 1.5em; }
          pre { white-space: pre-wrap; overflow: visible; font-size: 8.5pt; line-height: 1.35; }
          .cell, .listing { margin: 0.9em 0; }
          .figure, pre, .math.display, .diagnostics, div.table { break-inside: avoid; }
          .figure svg { max-height: 7.5cm; width: auto; }
          .figure svg.lr-graph { max-width: 100%; }
          details.code > summary { display: none; }
          details.code::details-content { content-visibility: visible; }
          .print-code-unfolded details.code, .print-code-none details.code, .print-code-none pre.code { display: none; }
          a { color: inherit; }
        }

        """
}
