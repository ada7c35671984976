import Foundation
import Language
import Notebook

/// `lessonrun build`: a course folder → a website. The steps: read the course, resolve each lesson's links,
/// build the lesson pages in parallel (from the cache where nothing changed), write the index, search and 404
/// pages and the one stylesheet, copy referenced files, and swap the new site in for the old one.
public enum SiteBuilder {
    /// Builds the site; `finished` hears of each lesson as it is done (done count, total, what it did).
    /// Throws only when the course cannot be read or the site cannot be written.
    public static func build(
        _ options: BuildOptions, finished: @escaping @Sendable (Int, Int, LessonBuild) -> Void = { _, _, _ in }
    ) throws(SiteError) -> BuildResult {
        let clock = ContinuousClock()
        let start = clock.now
        try checkFolders(options)
        let (course, lessons) = try CourseLoader.load(options.source)
        let pages = SitePaths.pages(for: course.lessons)
        let resolver = LinkResolver(folder: options.source, pages: pages)
        var places: [LessonBuilder.Place] = []
        var assets: Set<String> = []
        var unpublished: Set<UnpublishedFile> = []
        for (lesson, relative) in zip(lessons, course.lessons) {
            let resolved = resolver.resolve(lesson, at: relative)
            assets.formUnion(resolved.assets)
            for file in cellFiles(of: lesson, at: relative, folder: options.source) {
                switch Publication.verdict(for: file, in: options.source, as: .code) {
                case .publish: assets.insert(file)
                case .refuse(let reason):
                    unpublished.insert(UnpublishedFile(path: file, lesson: lesson.path, reason: reason))
                }
            }
            places.append(LessonBuilder.Place(lesson: resolved.lesson, relativePath: relative, page: pages[relative]!))
        }
        let neighbours = places.map { LessonBuilder.Neighbour(page: $0.page, title: $0.lesson.title) }
        for index in places.indices {
            places[index].previous = index > 0 ? neighbours[index - 1] : nil
            places[index].next = index + 1 < places.count ? neighbours[index + 1] : nil
        }
        let folder = try OutputFolder.prepare(options.output)
        do {
            let built = try buildLessons(places, course: course, options: options, into: folder, finished: finished)
            try writeSavedFigures(built, assets: assets, into: folder)
            try writeSite(course, built, assets: assets, options: options, into: folder)
            try folder.commit()
            return BuildResult(
                course: course, lessons: built.map(\.build), unpublished: unpublished.sorted(), output: options.output,
                milliseconds: start.duration(to: clock.now).milliseconds)
        } catch {
            folder.discard()
            throw error
        }
    }

    private static func buildLessons(
        _ places: [LessonBuilder.Place], course: Course, options: BuildOptions, into folder: OutputFolder,
        finished: @escaping @Sendable (Int, Int, LessonBuild) -> Void
    ) throws(SiteError) -> [LessonBuilder.Built] {
        let cache = BuildCache(folder: options.useCache ? options.resolvedCacheFolder : nil)
        let builder = LessonBuilder(options: options, cache: cache, courseTitle: course.title)
        let total = places.count
        let results = ParallelMap.map(places, jobs: options.jobs, finished: { done, _, result in
            if case .success(let built) = result { finished(done, total, built.build) }
        }) { place -> Result<LessonBuilder.Built, SiteError> in
            let built = builder.build(place)
            do throws(SiteError) {
                try folder.write(built.html, to: place.page)
            } catch {
                return .failure(error)
            }
            return .success(built)
        }
        return try results.map { result throws(SiteError) in try result.get() }
    }

    /// The SVG files `savefig` wrote, each beside its lesson's page. Two lessons saving one file, or a saved
    /// figure in the place of a page or of a file the site publishes, would make the site depend on the order
    /// of writing: that is an error naming both.
    private static func writeSavedFigures(
        _ built: [LessonBuilder.Built], assets: Set<String>, into folder: OutputFolder
    ) throws(SiteError) {
        var owners: [String: String] = Dictionary(built.map { ($0.build.page, $0.build.path) }) { first, _ in first }
        for lesson in built {
            let base = (lesson.build.page as NSString).deletingLastPathComponent
            for (name, svg) in lesson.savedFigures {
                let path = base.isEmpty ? name : base + "/" + name
                if let owner = owners[path], owner != lesson.build.path {
                    throw SiteError(.write, "\(lesson.build.path) saves the figure \(path), which \(owner) also writes")
                }
                if assets.contains(path) || SitePaths.reserved.contains(path) {
                    throw SiteError(.write, "\(lesson.build.path) saves the figure \(path) over a file the site publishes")
                }
                owners[path] = lesson.build.path
                try folder.write(svg, to: path)
            }
        }
    }

    /// The index, search, reference and 404 pages, the stylesheet and script, the search index, and the copied
    /// files.
    private static func writeSite(
        _ course: Course, _ built: [LessonBuilder.Built], assets: Set<String>, options: BuildOptions,
        into folder: OutputFolder
    ) throws(SiteError) {
        let chrome = PageChrome(courseTitle: course.title, root: "")
        let entries = built.map {
            IndexPage.Entry(
                page: $0.build.page, title: $0.build.title, summary: $0.description, failed: $0.build.failed)
        }
        try folder.write(IndexPage(chrome: chrome, description: course.description, entries: entries).html, to: "index.html")
        try folder.write(NotFoundPage(chrome: chrome, basePath: course.basePath).html, to: "404.html")
        let sections = built.map(\.sections)
        try folder.write(SearchPage(chrome: chrome, sections: sections).html, to: "search.html")
        try folder.write(SearchIndex.script(sections), to: "search-index.js")
        try folder.write(SearchScript.source, to: "search.js")
        try folder.write(ReferencePage(chrome: chrome).render().html, to: ReferencePage.page)
        try folder.write(SiteStyle.sheet, to: "style.css")
        for asset in assets.sorted() where !SitePaths.reserved.contains(asset) {
            // Judged again just before the copy, from the real path, so a link swapped in meanwhile is not followed.
            guard case .publish(let realPath) = Publication.verdict(for: asset, in: options.source, as: .page) else {
                continue
            }
            try folder.copy(realPath, to: asset)
        }
    }

    /// The files the lesson's code names, to publish beside its page when they are data files.
    private static func cellFiles(of lesson: Lesson, at relative: String, folder: String) -> [String] {
        let base = (relative as NSString).deletingLastPathComponent
        let code = lesson.cells.map(\.code) + lesson.inlineCells.map(\.expression)
        return code.flatMap { CellFiles.named(in: $0, lessonFolder: base, courseFolder: folder) }
    }

    /// The output folder must not be the course folder or hold it: replacing it would delete the lessons.
    private static func checkFolders(_ options: BuildOptions) throws(SiteError) {
        let source = URL(fileURLWithPath: options.source).standardizedFileURL.resolvingSymlinksInPath().path
        let output = URL(fileURLWithPath: options.output).standardizedFileURL.resolvingSymlinksInPath().path
        if source == output || source.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
            throw SiteError(.write, "the output folder \(options.output) would replace the lessons in \(options.source)")
        }
    }
}
