import Foundation
import Language
import Notebook

/// Builds one lesson's page: its results from the cache when its code, files and settings are unchanged,
/// else from a fresh run (kept for next time); then the article, framed as a site page.
struct LessonBuilder: Sendable {
    let options: BuildOptions
    let cache: BuildCache
    let courseTitle: String

    /// A built page: what to report, where to write it, and its sections for the search index.
    struct Built: Sendable {
        var build: LessonBuild
        var html: String
        var sections: SearchIndex.PageSections
        /// The front matter's summary, for the index.
        var description: String?
        /// The SVG files the lesson's `savefig` calls write beside its page.
        var savedFigures: [(name: String, svg: String)] = []
    }

    /// A lesson in its course: its path from the course folder, its page, and its neighbours' pages and titles.
    struct Place: Sendable {
        var lesson: Lesson
        var relativePath: String
        var page: String
        var previous: Neighbour?
        var next: Neighbour?
    }

    struct Neighbour: Sendable {
        var page: String
        var title: String
    }

    func build(_ place: Place) -> Built {
        let clock = ContinuousClock()
        let start = clock.now
        let lesson = place.lesson
        let (content, reason, units) = results(for: lesson, at: place.relativePath)
        let article = HTMLRenderer.article(content)
        var summary = content.summary
        summary.milliseconds = start.duration(to: clock.now).milliseconds
        let chrome = PageChrome(courseTitle: courseTitle, root: SitePaths.root(of: place.page))
        let name = (lesson.path as NSString).lastPathComponent
        let page = LessonPage(
            chrome: chrome, lesson: lesson, article: article, page: place.page,
            previous: place.previous.map { ($0.page, $0.title) }, next: place.next.map { ($0.page, $0.title) },
            footer: "Rendered by lessonrun from \(name): \(summary.counts).")
        let build = LessonBuild(
            path: lesson.path, page: place.page, title: lesson.title, summary: summary,
            findings: content.findings + article.diagnostics, executedUnits: reason == nil ? 0 : units,
            reason: reason)
        return Built(
            build: build, html: page.html,
            sections: SearchIndex.sections(of: content, headings: article.headings, page: place.page),
            description: lesson.frontMatter.summary, savedFigures: content.savedFigures)
    }

    /// The page content, why the lesson ran (nil when the cache had it), and how many units it has.
    private func results(for lesson: Lesson, at relativePath: String) -> (PageContent, String?, Int) {
        let settings = CacheKeys.settings(
            lesson: lesson, limits: options.limits, lessonTimeout: options.lessonTimeout, tool: options.tool)
        let units = CacheKeys.units(of: lesson, at: relativePath, folder: options.source, settings: settings)
        var reason = "--no-cache"
        if options.useCache {
            if let entry = cache.load(lesson.path) {
                let mismatch = entry.mismatch(tool: options.tool, settings: settings, units: units)
                if mismatch == nil, let content = entry.content(for: lesson) { return (content, nil, units.count) }
                reason = mismatch ?? "the cache entry does not fit the lesson"
            } else {
                reason = "not built before"
            }
        }
        let clock = ContinuousClock()
        let start = clock.now
        let executed = Executor.execute(lesson, limits: options.limits, lessonTimeout: options.lessonTimeout)
        let content = PageContent(executed)
        if options.useCache, CacheEntry.isCacheable(content) {
            let milliseconds = start.duration(to: clock.now).milliseconds
            cache.store(
                CacheEntry(tool: options.tool, settings: settings, units: units, content: content,
                           milliseconds: milliseconds),
                for: lesson.path)
        }
        return (content, reason, units.count)
    }
}
