import Foundation

/// Where things go in the built site, and relative links between them. Pages mirror the course folder:
/// `part1/intro.md` becomes `part1/intro.html`.
enum SitePaths {
    /// Files the build writes at the top of the site, which no lesson page may take.
    static let reserved: Set<String> = [
        "index.html", "404.html", "search.html", "style.css", "search.js", "search-index.js", ReferencePage.page,
    ]

    /// The page of each lesson (relative to the course folder), keyed by the lesson's path; a lesson whose page
    /// would take a reserved name gets `-lesson` added (`index.md` → `index-lesson.html`).
    static func pages(for lessons: [String]) -> [String: String] {
        var pages: [String: String] = [:]
        for lesson in lessons {
            var page = (lesson as NSString).deletingPathExtension + ".html"
            if reserved.contains(page) { page = (lesson as NSString).deletingPathExtension + "-lesson.html" }
            pages[lesson] = page
        }
        return pages
    }

    /// `../` once per folder above `page`, so a page can reach the top of the site.
    static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// The path of `target` as seen from the folder of `page`; both are relative to the site's top.
    static func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    /// `base` (a folder relative to the course, "" for its top) joined with a relative `path`, with `.` and `..`
    /// resolved; nil when the result would leave the course folder.
    static func resolve(_ path: String, from base: String) -> String? {
        var parts = base.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
