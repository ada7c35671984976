import Notebook

/// What every page of a site shares: the head with the one stylesheet, the header with the course title
/// (back to the index), the link to the swift-nn reference and a search form that works without script, and the
/// skip link.
struct PageChrome {
    let courseTitle: String
    /// The way from the page to the top of the site: "" or "../".
    let root: String

    /// The document's start up to `</head>`; `extra` goes just before it. `inlineStyle` embeds the stylesheet
    /// instead of linking it, for a page that may be shown at any address.
    func head(title: String, description: String?, extra: String = "", inlineStyle: Bool = false) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="lessonrun">

            """
        if let description {
            html += "<meta name=\"description\" content=\"\(HTMLEscape.attribute(description))\">\n"
        }
        html += "<title>\(HTMLEscape.text(title))</title>\n"
        html += inlineStyle ? "<style>\n\(SiteStyle.sheet)</style>\n" : "<link rel=\"stylesheet\" href=\"\(root)style.css\">\n"
        html += "\(extra)</head>\n"
        return html
    }

    /// The body's start: skip link and header. `search` is the query to show in the box, on the search page.
    func header(search: String = "") -> String {
        let value = search.isEmpty ? "" : " value=\"\(HTMLEscape.attribute(search))\""
        return """
            <body>
            <a class="skip" href="#content">Skip to content</a>
            <header class="site-header">
            <a class="course" href="\(root)index.html">\(HTMLEscape.text(courseTitle))</a>
            <nav class="site-nav" aria-label="Site"><a href="\(root)reference.html">swift-nn reference</a></nav>
            <form class="search" action="\(root)search.html" method="get" role="search">
            <input type="search" name="q" aria-label="Search the course" placeholder="Search"\(value)>
            <button type="submit">Search</button>
            </form>
            </header>

            """
    }

    static let end = "</body>\n</html>\n"
}
