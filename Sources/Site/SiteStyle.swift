import Notebook

/// The site's one stylesheet: every lesson page rule, then the site's own (header, contents, pager, index,
/// search), phones and print included.
enum SiteStyle {
    static var sheet: String {
        HTMLRenderer.pageStyleSheet + siteRules
    }

    private static let siteRules = """
        .skip { position: absolute; left: -100vw; }
        .skip:focus { left: 1rem; top: 0.5rem; background: var(--bg); padding: 0.4em 0.8em; z-index: 1; }
        .site-header {
          display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem;
          padding: 0.6rem 1.25rem; border-bottom: 1px solid var(--rule); font: 0.95rem/1.4 system-ui, sans-serif;
        }
        .site-header .course { color: var(--fg); font-weight: 700; text-decoration: none; }
        .site-nav { margin-right: auto; }
        .site-nav a { color: var(--muted); }
        .reference .entry { margin: 1.6rem 0; }
        .reference .entry h3 { font-size: 1rem; margin: 0 0 0.3em; }
        .reference .entry h3 a { text-decoration: none; }
        .reference .entry .cell { margin: 0.6em 0; }
        .reference .figure svg { max-width: 26rem; height: auto; }
        .reference .see-also { color: var(--muted); font: 0.9rem system-ui, sans-serif; }
        .search { display: flex; gap: 0.4rem; margin: 0; }
        .search input {
          font: inherit; width: 14rem; max-width: 55vw; padding: 0.3em 0.6em; color: var(--fg);
          background: var(--code-bg); border: 1px solid var(--rule); border-radius: 4px;
        }
        .search button {
          font: inherit; padding: 0.3em 0.7em; color: var(--fg); background: var(--bg);
          border: 1px solid var(--rule); border-radius: 4px; cursor: pointer;
        }
        .toc { max-width: 46rem; margin: 1.5rem auto 0; padding: 0 1.25rem; font: 0.9rem/1.5 system-ui, sans-serif; }
        .toc summary { cursor: pointer; color: var(--muted); font-weight: 600; }
        .toc ol { list-style: none; margin: 0.3em 0; padding-left: 0; }
        .toc ol ol { padding-left: 1em; }
        .toc li { margin: 0.15em 0; }
        .toc a { color: var(--muted); text-decoration: none; }
        .toc a:hover, .toc a:focus { color: var(--accent); text-decoration: underline; }
        .pager {
          display: flex; gap: 1rem; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule);
          font: 0.95rem/1.4 system-ui, sans-serif;
        }
        .pager a { max-width: 48%; text-decoration: none; }
        .pager a[rel="next"] { margin-left: auto; text-align: right; }
        .pager span { display: block; color: var(--muted); font-size: 0.8rem; }
        .lessons { list-style: none; padding: 0; margin: 1.5rem 0; }
        .lessons li { padding: 0.9rem 0; border-bottom: 1px solid var(--rule); }
        .lessons a { font: 600 1.15rem/1.35 system-ui, sans-serif; text-decoration: none; }
        .lessons p { margin: 0.25em 0 0; color: var(--muted); }
        .lessons .number { color: var(--muted); font: 0.9rem system-ui, sans-serif; margin-right: 0.4em; }
        .badge { font: 700 0.7rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.05em;
          color: var(--fail); background: var(--fail-bg); border-radius: 3px; padding: 0.1em 0.4em; margin-left: 0.5em; }
        #search-results li { margin: 0.4em 0; }
        .sitemap ol { padding-left: 1.2em; }
        @media (min-width: 72rem) {
          .layout.with-toc {
            display: grid; grid-template-columns: 14rem minmax(0, 46rem); justify-content: center; gap: 2.5rem;
          }
          .toc {
            position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto;
            margin: 0; padding: 2.5rem 0 0;
          }
          .layout.with-toc main { margin: 0; }
        }
        @media (max-width: 36rem) {
          .site-header { padding: 0.5rem 0.9rem; }
          .search input { width: 9rem; }
          .toc { margin-top: 1rem; padding: 0 0.9rem; }
        }
        @media print {
          .site-header, .toc, .pager, .skip { display: none; }
        }

        """
}
