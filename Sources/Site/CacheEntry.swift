import Foundation
import Language
import Notebook

/// What a build keeps of one lesson: the keys it was built with, and its cells and inline values as shown.
struct CacheEntry: Codable {
    /// Bumped when the entry's shape changes, so old entries are simply not used.
    static let currentFormat = 1

    var format: Int
    var tool: String
    var settings: String
    var units: [CacheUnit]
    var cells: [CellRecord]
    var inlines: [InlineRecord]
    var milliseconds: Double

    init(tool: String, settings: String, units: [CacheUnit], content: PageContent, milliseconds: Double) {
        format = Self.currentFormat
        self.tool = tool
        self.settings = settings
        self.units = units
        cells = content.cells.map(CellRecord.init)
        inlines = content.inlineRuns.map(InlineRecord.init)
        self.milliseconds = milliseconds
    }

    /// The page content for `lesson`, whose units matched this entry's.
    func content(for lesson: Lesson) -> PageContent? {
        guard cells.count == lesson.cells.count, inlines.count == lesson.inlineCells.count else { return nil }
        let shown = zip(lesson.cells, cells).map { $1.shown($0, in: lesson) }
        let runs = zip(lesson.inlineCells, inlines).map { $1.run($0, in: lesson) }
        return PageContent(lesson: lesson, cells: shown, inlineRuns: runs)
    }

    /// Why a lesson with these keys cannot use this entry, or nil when it can.
    func mismatch(tool: String, settings: String, units: [CacheUnit]) -> String? {
        guard format == Self.currentFormat else { return "the cache was written by another lessonrun" }
        guard self.tool == tool else { return "lessonrun itself changed" }
        guard self.settings == settings else { return "the run settings changed (limits, timeouts or tolerance)" }
        guard let k = Array(zip(self.units, units)).firstIndex(where: { $0.chain != $1.chain })
            ?? (self.units.count == units.count ? nil : min(self.units.count, units.count))
        else { return nil }
        let rebuilt = k == 0 ? "" : "; the code before it re-ran to rebuild the interpreter's state"
        guard k < units.count else { return "\(self.units[k].name) was removed\(rebuilt)" }
        guard k < self.units.count else { return "\(units[k].name) was added\(rebuilt)" }
        let (old, new) = (self.units[k], units[k])
        if old.kind != new.kind || old.index != new.index { return "\(new.name) was added or moved\(rebuilt)" }
        if old.code != new.code { return "\(new.name) changed\(rebuilt)" }
        let files = Set(old.files.keys).union(new.files.keys).filter { old.files[$0] != new.files[$0] }.sorted()
        return "\(new.name) reads \(files.joined(separator: ", ")), which changed\(rebuilt)"
    }

    /// A result that depends on the clock (a time limit ran out) is not kept.
    static func isCacheable(_ content: PageContent) -> Bool {
        let diagnostics = content.cells.flatMap(\.languageDiagnostics) + content.inlineRuns.flatMap(\.diagnostics)
        return !diagnostics.contains { $0.message.contains("time limit") }
    }
}

/// The cache folder: one JSON entry per lesson, named by the hash of the lesson's absolute path, replaced
/// atomically on each build that runs the lesson.
struct BuildCache: Sendable {
    /// Nil with `--no-cache`: nothing is read or written.
    let folder: String?

    func load(_ lessonPath: String) -> CacheEntry? {
        guard let folder, let data = FileManager.default.contents(atPath: entryPath(lessonPath, in: folder)) else {
            return nil
        }
        return try? JSONDecoder().decode(CacheEntry.self, from: data)
    }

    /// Keeps the entry; a cache that cannot be written only costs time next build, so failures are ignored.
    func store(_ entry: CacheEntry, for lessonPath: String) {
        guard let folder else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(entry) else { return }
        try? AtomicFile.createFolder(folder)
        try? AtomicFile.write(String(decoding: data, as: UTF8.self), to: entryPath(lessonPath, in: folder), durable: false)
    }

    private func entryPath(_ lessonPath: String, in folder: String) -> String {
        let absolute = URL(fileURLWithPath: lessonPath).standardizedFileURL.path
        return LessonFinder.join(folder, String(SHA256.hex(absolute).prefix(32)) + ".json")
    }
}
