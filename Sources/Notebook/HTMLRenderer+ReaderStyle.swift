import Figures

extension HTMLRenderer {
    /// Rules for reading comfort, kept apart from the base sheet: figure colours that follow the light or dark
    /// scheme, and print.
    static var readerStyleSheet: String {
        FigureTheme.styleRules + comfortStyleSheet + printStyleSheet
    }

    /// Heading anchors that appear on hover or focus, numbered figure captions, copy buttons, figures that
    /// stand still for readers who ask for reduced motion (the animation's last frame, drawn as a still copy
    /// beside it), and wide formulas and code that scroll in their own box, with a shadow at the side where
    /// more is hidden (the covering gradients scroll with the content, the shadows stay put). Inline math cannot
    /// wrap, so on a phone a paragraph scrolls sideways rather than push the page wider than the screen.
    static let comfortStyleSheet = """
        h1 .anchor, h2 .anchor, h3 .anchor, h4 .anchor, h5 .anchor, h6 .anchor {
          color: var(--muted); text-decoration: none; font-weight: 400; opacity: 0; margin-left: 0.3em; padding: 0 0.15em;
        }
        :hover > .anchor, .anchor:focus { opacity: 1; }
        @media (hover: none) { h1 .anchor, h2 .anchor, h3 .anchor, h4 .anchor, h5 .anchor, h6 .anchor { opacity: 0.4; } }
        figure.figure { margin: 0; }
        .figure figcaption { text-align: center; padding: 0.4em 1em 0.1em; }
        .figure-number { font-weight: 600; color: var(--fg); }
        .cell, .lr-copy-box { position: relative; }
        .lr-copy {
          position: absolute; top: 0.35em; right: 0.35em; z-index: 1; padding: 0.1em 0.6em; cursor: pointer;
          font: 0.75rem system-ui, sans-serif; color: var(--muted); background: var(--bg);
          border: 1px solid var(--rule); border-radius: 4px; opacity: 0.75;
        }
        .lr-copy:hover, .lr-copy:focus { opacity: 1; color: var(--fg); }
        details.code > .lr-copy { top: 0.2em; }
        .math.display, pre.code, pre.listing {
          background-repeat: no-repeat; background-attachment: local, local, scroll, scroll;
          background-position: left, right, left, right; background-size: 1.5em 100%, 1.5em 100%, 0.5em 100%, 0.5em 100%;
        }
        \(scrollShadows(shadow: "rgba(0, 0, 0, 0.22)"))
        @media screen and (prefers-color-scheme: dark) {
          \(scrollShadows(shadow: "rgba(255, 255, 255, 0.22)"))
        }
        @media (max-width: 36rem) { main p { overflow-x: auto; } }
        @media (prefers-reduced-motion: reduce) {
          svg .lr-animation { display: none; }
          svg .lr-still { display: inline; }
          svg .lr-appear { opacity: 1 !important; }
        }

        """

    /// The article's class for its `print-code` choice ("" when every block prints).
    var printClass: String {
        switch lesson.frontMatter.printCode {
        case .all: ""
        case .unfolded: " print-code-unfolded"
        case .omitted: " print-code-none"
        }
    }

    /// Covers at both ends of a scrolling box that scroll with its content, over shadows that stay at its
    /// edges: a shadow shows only on a side where more is hidden. (Literal colours: validators reject `var()`
    /// inside gradients.)
    static func scrollShadows(shadow: String) -> String {
        [(".math.display", "var(--bg)"), ("pre.code, pre.listing", "var(--code-bg)")].map { selector, cover in
            "\(selector) { background-image: linear-gradient(to right, \(cover) 40%, transparent), "
                + "linear-gradient(to left, \(cover) 40%, transparent), "
                + "radial-gradient(farthest-side at 0 50%, \(shadow), transparent), "
                + "radial-gradient(farthest-side at 100% 50%, \(shadow), transparent); }"
        }.joined(separator: "\n")
    }

    /// Print: black on white in a smaller face, folded code shown (its hidden print copy) unless the lesson's `print-code` leaves it out, and nothing that needs a
    /// screen (slider controls, copy buttons, heading anchors, the footer). Figures, code listings and
    /// formulas each stay whole, but a cell may break between its code and its figure, so a tall cell does
    /// not push a page's worth of white ahead of it.
    static let printStyleSheet = """
        @media print {
          @page { margin: 1.5cm 1.6cm; }
          :root { --bg: #fff; --fg: #000; --out-bg: #fff; --code-bg: #f5f5f2; }
          body { font-size: 10.5pt; line-height: 1.45; }
          main { max-width: none; padding: 0; }
          footer, .lr-slider-control, .lr-copy, .anchor { display: none; }
          h1, h2, h3, h4 { break-after: avoid; }
          h2 { margin-top: 1.5em; }
          pre { white-space: pre-wrap; overflow: visible; font-size: 8.5pt; line-height: 1.35; }
          .cell, .listing { margin: 0.9em 0; }
          .figure, pre, .math.display, .diagnostics, div.table { break-inside: avoid; }
          .figure svg { max-height: 7.5cm; width: auto; }
          .figure svg.lr-graph { max-width: 100%; }
          details.code { display: none; }
          pre.print-copy[hidden] { display: block; }
          .print-code-unfolded pre.print-copy[hidden], .print-code-none pre.code { display: none; }
          a { color: inherit; }
        }

        """
}
