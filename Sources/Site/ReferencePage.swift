import Language
import Notebook

/// `reference.html`: every swift-nn builtin and method, grouped as `lessonrun help` lists them, with a contents
/// list of the groups beside them; each entry's example runs when the site is built.
struct ReferencePage {
    static let page = "reference.html"

    let chrome: PageChrome

    /// The page, and how many examples failed (none unless the registry and its examples disagree).
    func render() -> (html: String, failures: Int) {
        let groups = Reference.groups
        var html = chrome.head(
            title: "swift-nn reference · \(chrome.courseTitle)",
            description: "Every builtin function and method of swift-nn, with a checked example.")
        html += chrome.header()
        html += "<div class=\"layout with-toc\">\n<nav class=\"toc\" aria-label=\"Contents\">\n<details open>\n"
        html += "<summary>Groups</summary>\n<ol>\n"
        for group in groups {
            html += "<li><a href=\"#\(HTMLEscape.attribute(group.id))\">\(HTMLEscape.text(group.title))</a></li>\n"
        }
        html += "</ol>\n</details>\n</nav>\n<main id=\"content\" class=\"reference\">\n<h1>swift-nn reference</h1>\n"
        let count = groups.reduce(0) { $0 + $1.entries.count }
        html += "<p class=\"summary\">The \(count) builtin functions and methods a lesson can call, each with an "
            + "example that was run and checked when this page was built. On a terminal: "
            + "<code>lessonrun help NAME</code>.</p>\n"
        html += Self.sections.html + "</main>\n</div>\n"
        return (html + PageChrome.end, Self.sections.failures)
    }

    /// The groups' sections depend only on this binary, so their examples run once per process: `serve`
    /// rebuilds the site on every save without running them again.
    private static let sections: (html: String, failures: Int) = {
        var failures = 0
        let html = Reference.groups.map { ReferenceHTML.section($0, failures: &failures) }.joined()
        return (html, failures)
    }()
}
