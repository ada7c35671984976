import Foundation
import Language
import Markdown
import Notebook

/// Part of a site build: sends a lesson's links to other lessons (`gd.md#slope`) to their pages
/// (`gd.html#slope`), checks that every relative link and image points at something, and lists the files
/// the lesson references so they are copied. A broken one is an error at its line in the lesson.
struct LinkResolver {
    /// The course folder, as the user named it.
    let folder: String
    /// Lesson path (relative to the course folder) → its page.
    let pages: [String: String]

    struct Result {
        var lesson: Lesson
        /// Files to copy, relative to the course folder.
        var assets: Set<String> = []
    }

    func resolve(_ lesson: Lesson, at relativePath: String) -> Result {
        var result = Result(lesson: lesson)
        var diagnostics: [Diagnostic] = []
        let base = (relativePath as NSString).deletingLastPathComponent
        let page = pages[relativePath] ?? relativePath
        result.lesson.blocks = lesson.blocks.map { block in
            guard case .prose(let prose) = block else { return block }
            return .prose(prose.mapInlines { inline in
                switch inline {
                case .link(let destination, let title, let content):
                    let target = resolve(destination, image: false, base: base, page: page, in: prose, lesson: lesson,
                                         diagnostics: &diagnostics, assets: &result.assets)
                    return .link(destination: target, title: title, content: content)
                case .image(let source, let title, let alt):
                    let target = resolve(source, image: true, base: base, page: page, in: prose, lesson: lesson,
                                         diagnostics: &diagnostics, assets: &result.assets)
                    return .image(source: target, title: title, alt: alt)
                default:
                    return inline
                }
            })
        }
        result.lesson.diagnostics += diagnostics
        return result
    }

    /// The destination on the built page; problems go to `diagnostics`, files to copy to `assets`.
    private func resolve(
        _ destination: String, image: Bool, base: String, page: String, in block: Block, lesson: Lesson,
        diagnostics: inout [Diagnostic], assets: inout Set<String>
    ) -> String {
        guard Self.isRelativeFile(destination) else { return destination }
        let (path, suffix) = Self.split(destination)
        let decoded = path.removingPercentEncoding ?? path
        let what = image ? "image" : "link"
        guard let target = SitePaths.resolve(decoded, from: base) else {
            let message = "\(what) `\(destination)` points outside the course folder"
            diagnostics.append(problem(message, destination, block, lesson))
            return destination
        }
        if !image, let targetPage = pages[target] {
            return SitePaths.relative(from: page, to: targetPage) + suffix
        }
        let full = LessonFinder.join(folder, target)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            let message = image
                ? "missing image `\(destination)`: no file \(full)" : "broken link `\(destination)`: no file \(full)"
            diagnostics.append(problem(message, destination, block, lesson))
            return destination
        }
        if target.lowercased().hasSuffix(".md") {
            diagnostics.append(problem(
                "link `\(destination)` points at a lesson that is not part of the course", destination, block, lesson))
        } else if !isDirectory.boolValue {
            switch Publication.verdict(for: target, in: folder, as: .page) {
            case .publish: assets.insert(target)
            case .refuse(let reason):
                diagnostics.append(problem("\(what) `\(destination)` cannot be published: \(reason)", destination, block, lesson))
            }
        }
        return destination
    }

    /// An error at the line that writes `destination`: searched in the block, then in the whole lesson
    /// (reference definitions sit elsewhere), else at the block's start.
    private func problem(_ message: String, _ destination: String, _ block: Block, _ lesson: Lesson) -> Diagnostic {
        let range = block.range
        let blockLines = Array(range.start.line...max(range.start.line, range.end.line))
        let candidates = blockLines + Array(1...max(1, lesson.sourceLines.count))
        var location = SourceLocation(file: lesson.path, line: range.start.line, column: range.start.column)
        var length = 1
        for line in candidates {
            let text = lesson.sourceLine(line)
            if let found = text.range(of: destination) {
                let column = text.distance(from: text.startIndex, to: found.lowerBound) + 1
                location = SourceLocation(file: lesson.path, line: line, column: column)
                length = destination.count
                break
            }
        }
        return Diagnostic(
            severity: .error, message: message, location: location, sourceLine: lesson.sourceLine(location.line),
            length: length)
    }

    /// A path on this site: not a URL with a scheme, not `//host`, not only a `#fragment` or `?query`.
    static func isRelativeFile(_ destination: String) -> Bool {
        guard let first = destination.first, first != "#", first != "?", first != "/" else { return false }
        let scheme = destination.prefix { $0.isLetter || $0.isNumber || "+-.".contains($0) }
        return !(destination.dropFirst(scheme.count).first == ":" && scheme.first?.isLetter == true)
    }

    /// The path and what follows it (`?query#fragment`).
    static func split(_ destination: String) -> (path: String, suffix: String) {
        guard let cut = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (destination, "") }
        return (String(destination[..<cut]), String(destination[cut...]))
    }
}
