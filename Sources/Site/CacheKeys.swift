import Foundation
import Language
import Notebook

/// One piece of a lesson's code in run order (a cell or an inline value), with the hashes that decide
/// whether its result can be reused: its own code, the files it reads, and the chain of everything before it.
struct CacheUnit: Codable, Hashable {
    var kind: String
    var index: Int
    /// The line it starts on, for explanations only: a unit that merely moved keeps its results.
    var line: Int
    /// The hash of the code and the options that change how it runs.
    var code: String
    /// The files it reads (relative to the course folder) and the hash of each one's bytes.
    var files: [String: String]
    /// The hash of the unit's code and files, the lesson's settings, and the previous unit's chain.
    var chain: String

    /// "cell 3 (line 41)" or "inline value 1 (line 12)".
    var name: String {
        "\(kind == "cell" ? "cell" : "inline value") \(index + 1) (line \(line))"
    }
}

/// Computes a lesson's units and their chained keys.
enum CacheKeys {
    /// The units of `lesson` (at `relativePath` in the course `folder`) in run order, chained from `settings`.
    static func units(of lesson: Lesson, at relativePath: String, folder: String, settings: String) -> [CacheUnit] {
        let base = (relativePath as NSString).deletingLastPathComponent
        var previous = settings
        var units: [CacheUnit] = []
        for (blockIndex, block) in lesson.blocks.enumerated() {
            var pieces: [(kind: String, index: Int, line: Int, code: String, source: String)] = []
            switch block {
            case .cell(let cell):
                let options = cell.options
                let signature = [
                    "\(cell.origin.column)", options.steps.map(String.init) ?? "-",
                    options.tolerance.map { "\($0)" } ?? "-", options.timeout.map { "\($0)" } ?? "-",
                ].joined(separator: " ")
                pieces.append(("cell", cell.index, cell.range.start.line, signature + "\n" + cell.code, cell.code))
            case .prose:
                for inline in lesson.inlineCells where inline.blockIndex == blockIndex {
                    pieces.append(("inline", inline.index, inline.location.line, inline.source, inline.source))
                }
            }
            for piece in pieces {
                let files = CellFiles.files(in: piece.source, lessonFolder: base, courseFolder: folder)
                var hashes: [String: String] = [:]
                for file in files { hashes[file] = fileHash(LessonFinder.join(folder, file)) }
                let code = SHA256.hex(piece.kind + "\n" + piece.code)
                let fileText = hashes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n")
                previous = SHA256.hex([previous, code, fileText].joined(separator: "\n"))
                units.append(CacheUnit(
                    kind: piece.kind, index: piece.index, line: piece.line, code: code, files: hashes, chain: previous))
            }
        }
        return units
    }

    /// The hash of everything lesson-wide a result depends on.
    static func settings(lesson: Lesson, limits: Limits, lessonTimeout: Double?, tool: String) -> String {
        SHA256.hex([
            tool, lesson.path, lesson.frontMatter.tolerance.map { "\($0)" } ?? "-", "\(limits.stepBudget)",
            "\(limits.maxRecursionDepth)", limits.timeout.map { "\($0)" } ?? "-", lessonTimeout.map { "\($0)" } ?? "-",
        ].joined(separator: "\n"))
    }

    private static func fileHash(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { SHA256.hex(Array($0)) } ?? "missing"
    }
}
