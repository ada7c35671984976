import Figures

extension HTMLRenderer {
    /// The page's base stylesheet: a readable measure, light and dark schemes, phones (print is in `readerStyleSheet`).
    /// Figures draw axes and text in `currentColor` on `Canvas`, so they follow the scheme; they shrink to the
    /// column, except computation graphs, which scroll sideways rather than shrink their text. The page's
    /// `<meta name="color-scheme">` (not the CSS property, which validators reject) opts into dark controls.
    public static let styleSheet = """
        :root {
          --bg: #fcfcfa; --fg: #1d2126; --muted: #5c6370; --rule: #e2e2dc; --accent: #2b5d8c;
          --code-bg: #f4f4f0; --out-bg: \(FigureTheme.lightBackground);
          --pass: #2e7d32; --fail: #b3261e; --fail-bg: #fdeceb; --warn-bg: #fff6dc; --expected-bg: #eef2f7;
          --k: #7b3294; --nb: #1b6b84; --m: #a1470d; --s: #2e6b30; --c: #6a7380; --x: #4a5560; --o: #8a4a00;
        }
        @media screen and (prefers-color-scheme: dark) {
          :root {
            --bg: #17191c; --fg: #e2e2de; --muted: #a0a6b0; --rule: #30343a; --accent: #8cb8e6;
            --code-bg: #20242a; --out-bg: \(FigureTheme.darkBackground);
            --pass: #7cc47f; --fail: #ff8a80; --fail-bg: #3a1f1e; --warn-bg: #3a321c; --expected-bg: #1f2a36;
            --k: #d2a8ff; --nb: #7cc5de; --m: #f0a35e; --s: #9fd39a; --c: #8b949e; --x: #b6bec8; --o: #e6b673;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 1.125rem/1.65 Charter, "Bitstream Charter", "Iowan Old Style", "Source Serif Pro", Georgia, serif;
        }
        main, footer { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
        footer { padding-top: 0; color: var(--muted); font-size: 0.85rem; }
        h1, h2, h3, h4, h5, h6 {
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
          line-height: 1.25; margin: 2em 0 0.6em;
        }
        h1 { font-size: 2rem; margin-top: 0; }
        h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
        h3 { font-size: 1.2rem; }
        a { color: var(--accent); }
        p, ul, ol, blockquote { margin: 0 0 1em; }
        blockquote { padding-left: 1em; border-left: 3px solid var(--rule); color: var(--muted); }
        hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
        img, svg { max-width: 100%; height: auto; }
        .summary { color: var(--muted); font-size: 1.1rem; }
        code, pre { font-family: ui-monospace, "SF Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        code { font-size: 0.875em; background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 3px; }
        pre { font-size: 0.84rem; line-height: 1.5; margin: 0; padding: 0.75em 1em; overflow-x: auto; tab-size: 4; }
        pre code { font-size: inherit; background: none; padding: 0; }
        math { font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
        .math.display { margin: 1em 0; overflow-x: auto; overflow-y: hidden; }
        mtd[columnalign="left"] { text-align: left; }
        mtd[columnalign="right"] { text-align: right; }
        mtable.aligned > mtr > mtd, mtable.gathered > mtr > mtd { padding: 0.25em 0; }
        mtable.aligned > mtr > mtd[columnalign="right"]:not(:first-child) { padding-left: 2em; }
        mtable.aligned > mtr > mtd.tag-balance + mtd[columnalign="right"] { padding-left: 0; }
        mtable.cases > mtr > mtd { padding: 0.15em 1em 0.15em 0; }
        mtd.rule-after { border-right: 1px solid; }
        mtr.rule-above > mtd { border-top: 1px solid; }
        mtr.rule-below > mtd { border-bottom: 1px solid; }
        merror { color: var(--fail); background: var(--fail-bg); border: 1px solid var(--fail); padding: 0 0.2em; }
        mtr.dashed-above > mtd { border-top: 1px dashed; }
        mtr.dashed-below > mtd { border-bottom: 1px dashed; }
        mrow.boxed, mrow.fcolorbox { border: 1px solid; padding: 0.2em 0.3em; }
        mrow.colorbox { padding: 0.2em 0.3em; }
        mrow.cancel { background: linear-gradient(to top right, transparent 48%, currentColor 49%, currentColor 51%, transparent 52%); }
        mrow.bcancel { background: linear-gradient(to bottom right, transparent 48%, currentColor 49%, currentColor 51%, transparent 52%); }
        mrow.xcancel { background: linear-gradient(to top right, transparent 48%, currentColor 49%, currentColor 51%, transparent 52%),
          linear-gradient(to bottom right, transparent 48%, currentColor 49%, currentColor 51%, transparent 52%); }
        mrow.sout { background: linear-gradient(currentColor, currentColor) center / 100% 1px no-repeat; }
        mrow.angl { border-top: 1px solid; border-right: 1px solid; padding: 0.1em 0.15em 0 0.1em; }
        mrow.phase { border-bottom: 1px solid; border-left: 1px solid; padding: 0 0.1em 0 0.3em; }
        mrow.llap { transform: translateX(-100%); }
        mrow.clap { transform: translateX(-50%); }
        mtable.cd > mtr > mtd { padding: 0.15em 0.2em; }
        div.table { overflow-x: auto; margin: 1em 0; }
        div.table table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        div.table th, div.table td { padding: 0.3em 0.8em; border-bottom: 1px solid var(--rule); }
        div.table thead th { border-bottom-width: 2px; }
        mtable.tagged { width: 100%; }
        mtable.tagged > mtr > mtd.tag-balance, mtable.tagged > mtr > mtd.tag { width: 4em; }
        mtable.tagged > mtr > mtd.tag { text-align: right; }
        .listing, .cell { margin: 1.5em 0; border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; }
        .listing, .code pre, pre.code { background: var(--code-bg); }
        .cell > * + * { border-top: 1px solid var(--rule); }
        .cell.failed { border-color: var(--fail); }
        details.code summary {
          cursor: pointer; padding: 0.4em 1em; color: var(--muted); font: 0.85rem system-ui, sans-serif;
        }
        details.code[open] summary { border-bottom: 1px solid var(--rule); }
        .output, .value { background: var(--out-bg); }
        .value { color: var(--muted); }
        .figure { background: var(--out-bg); color: var(--fg); padding: 0.5em; }
        .figure { overflow-x: auto; }
        .figure svg { display: block; margin: 0 auto; }
        .figure svg.lr-graph { max-width: none; }
        .lr-figure-error { color: var(--fail); background: var(--fail-bg); padding: 0.5em 1em; margin: 0; }
        figcaption { padding: 0.5em 1em; font-size: 0.9rem; color: var(--muted); }
        .k { color: var(--k); } .nb { color: var(--nb); } .m { color: var(--m); } .s { color: var(--s); }
        .c { color: var(--c); font-style: italic; } .x { color: var(--x); font-weight: 600; } .o { color: var(--o); }
        .check { font-family: system-ui, sans-serif; font-size: 0.8rem; }
        .check.pass { color: var(--pass); }
        .check.fail { color: var(--fail); font-weight: 700; background: var(--fail-bg); padding: 0 0.35em; border-radius: 3px; }
        .diagnostics { padding: 0.6em 0; }
        .diagnostics .label {
          margin: 0; padding: 0 1em; font: 700 0.75rem system-ui, sans-serif; text-transform: uppercase;
          letter-spacing: 0.05em;
        }
        .diagnostics.error { background: var(--fail-bg); color: var(--fail); }
        .diagnostics.error pre { color: var(--fg); }
        .diagnostics.warning { background: var(--warn-bg); }
        .diagnostics.expected { background: var(--expected-bg); }
        .diagnostics.expected .label { color: var(--muted); }
        .status.failed {
          background: var(--fail-bg); color: var(--fail); border: 1px solid var(--fail); border-radius: 6px;
          padding: 0.6em 1em; font: 0.95rem/1.5 system-ui, sans-serif;
        }
        body > main > article > .diagnostics { border-radius: 6px; margin: 1em 0; }
        @media (max-width: 36rem) {
          body { font-size: 1rem; }
          main, footer { padding: 1.25rem 0.9rem; }
          h1 { font-size: 1.6rem; }
          pre { font-size: 0.78rem; }
        }

        """
}
