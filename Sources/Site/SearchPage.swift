import Notebook

/// The search page: a box, and results the small script finds in the prebuilt index. Without script it
/// says so and lists every lesson and section instead, so the page is still a way in.
struct SearchPage {
    let chrome: PageChrome
    let sections: [SearchIndex.PageSections]

    var html: String {
        let scripts = "<script src=\"search-index.js\" defer></script>\n<script src=\"search.js\" defer></script>\n"
        var html = chrome.head(title: "Search · \(chrome.courseTitle)", description: nil, extra: scripts)
        html += chrome.header()
        html += "<main id=\"content\">\n<h1>Search</h1>\n"
        html += "<p id=\"search-status\" role=\"status\"></p>\n<ol id=\"search-results\"></ol>\n"
        html += "<noscript>\n<p>Search runs in your browser with JavaScript. "
            + "Without it, here is every lesson and section.</p>\n"
        html += "<ol class=\"sitemap\">\n"
        for page in sections {
            html += "<li><a href=\"\(HTMLEscape.attribute(page.page))\">\(HTMLEscape.text(page.title))</a>"
            let named = page.sections.filter { $0.anchor != nil && $0.level == 2 }
            if !named.isEmpty {
                html += "\n<ol>\n"
                for section in named {
                    let href = page.page + "#" + (section.anchor ?? "")
                    html += "<li><a href=\"\(HTMLEscape.attribute(href))\">\(HTMLEscape.text(section.title))</a></li>\n"
                }
                html += "</ol>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</noscript>\n</main>\n"
        return html + PageChrome.end
    }
}
