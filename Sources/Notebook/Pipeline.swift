import Foundation
import Language

/// The render pipeline, stage by stage: read → parse → execute → render → write.
public enum Pipeline {
    /// What a render produced: the executed lesson (for its findings), the page content, the counts, the
    /// render stage's warnings and the page's path.
    public struct Outcome: Sendable {
        public var executed: ExecutedLesson
        public var content: PageContent
        public var summary: Summary
        public var renderDiagnostics: [Diagnostic]
        public var outputPath: String

        /// Everything the author should see, in lesson order, then the render stage's warnings.
        public var findings: [Diagnostic] {
            content.findings + renderDiagnostics
        }
    }

    /// Renders the lesson at `path` to `folder/NAME.html`, creating the folder when missing. Throws only
    /// when the lesson cannot be read or the page cannot be written; lesson problems are in the outcome.
    /// `pageName` names the page in the folder instead of the lesson's name with `.html`.
    public static func render(
        lessonAt path: String, into folder: String, pageName: String? = nil, limits: Limits = Limits(),
        lessonTimeout: Double? = nil
    ) throws(NotebookError) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let lesson = try LessonParser.parse(contentsOf: path)
        // The figures are drawn on the other cores while later cells run.
        let macros = MathMacros.tablesAtCells(of: lesson)
        let drawing = FigurePipeline(workers: ProcessInfo.processInfo.activeProcessorCount - 1)
        // What the page needs of the lesson alone is made while the cells run, on the figures' core before
        // their first figure: the code highlighted, the formulas converted, the stylesheet composed.
        let preparing = BackgroundValue {
            _ = HTMLRenderer.pageStyleSheet
            return (
                code: Dictionary(uniqueKeysWithValues: lesson.cells.map { ($0.index, HTMLRenderer.highlightedLines($0.code)) }),
                formulas: MathMacros.preparedFormulas(of: lesson))
        }
        let executed = Executor.execute(lesson, limits: limits, lessonTimeout: lessonTimeout) { run in
            drawing.submit(run, macros: macros[run.cell.index])
        }
        var content = PageContent(executed, drawn: drawing.finish())
        (content.highlightedCode, content.preparedFormulas) = preparing.value()
        let page = HTMLRenderer.page(content)
        let output = pageName.map { join(folder, $0) } ?? outputPath(for: path, in: folder)
        if !folder.isEmpty { try AtomicFile.createFolder(folder) }
        // No fsync: the page and its figures are made again from the lesson by the same command, so a power
        // cut can cost at most a rerun, and the rename still shows readers a whole file (as a site's files).
        try AtomicFile.write(page.html, to: output, durable: false)
        for (name, svg) in content.savedFigures {
            try AtomicFile.write(svg, to: join(folder, name), durable: false)
        }
        let summary = Summary(executed, milliseconds: start.duration(to: clock.now).milliseconds)
        return Outcome(
            executed: executed, content: content, summary: summary, renderDiagnostics: page.diagnostics,
            outputPath: output)
    }

    /// `lessons/gd.md` in `output` → `output/gd.html`.
    public static func outputPath(for lesson: String, in folder: String) -> String {
        join(folder, URL(fileURLWithPath: lesson).deletingPathExtension().lastPathComponent + ".html")
    }

    /// Where `-o` sends a page: a path ending in `.html` that is not a folder names the page itself (its
    /// figures go beside it); anything else is the folder the page goes into.
    public static func destination(_ output: String) -> (folder: String, pageName: String?) {
        var isFolder: ObjCBool = false
        guard output.lowercased().hasSuffix(".html"),
              !(FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
        else { return (output, nil) }
        let url = URL(fileURLWithPath: output)
        let slash = output.lastIndex(of: "/")
        return (slash.map { String(output[...$0]) } ?? "", url.lastPathComponent)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
