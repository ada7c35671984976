import Foundation
import Notebook
import Site

/// Builds what a preview serves into its site folder: a course through the site builder and its cache (so only
/// changed lessons run again), a single lesson through the render pipeline.
struct PreviewBuilder: Sendable {
    let options: PreviewOptions
    /// The preview's own folder: the site in `site/`, the build cache in `cache/`.
    let folder: String
    let isCourse: Bool

    var site: String { folder + "/site" }

    /// The page `/` shows: the index of a course, or the single lesson's page.
    var home: String {
        isCourse ? "index.html" : (Pipeline.outputPath(for: options.source, in: "") as String)
    }

    func build(changed: [String]) -> PreviewBuild {
        isCourse ? buildCourse(changed: changed) : renderLesson(changed: changed)
    }

    private func buildCourse(changed: [String]) -> PreviewBuild {
        let build = BuildOptions(
            source: options.source, output: site, jobs: options.jobs, useCache: true, cacheFolder: folder + "/cache",
            limits: options.limits, lessonTimeout: options.lessonTimeout, tool: options.tool)
        do {
            let result = try SiteBuilder.build(build)
            let ran = result.lessons.filter { changed.isEmpty || $0.reason != nil }
            return PreviewBuild(
                changed: changed, findings: result.course.diagnostics + ran.flatMap(\.findings), line: result.line)
        } catch {
            return failed(changed, error)
        }
    }

    private func renderLesson(changed: [String]) -> PreviewBuild {
        do {
            let outcome = try Pipeline.render(
                lessonAt: options.source, into: site, limits: options.limits, lessonTimeout: options.lessonTimeout)
            return PreviewBuild(
                changed: changed, findings: outcome.findings,
                line: outcome.summary.line(lesson: options.source, output: outcome.outputPath))
        } catch {
            return failed(changed, error)
        }
    }

    private func failed(_ changed: [String], _ error: any Error) -> PreviewBuild {
        let problem = "lessonrun: \(error)"
        return PreviewBuild(changed: changed, findings: [], line: problem, problem: problem)
    }
}
