import Foundation
import Testing

/// One swift-nn program of the corpus under `Cases/`, with what it declares about itself.
///
/// Besides inline `expr //=> expected` expectations (checked by the interpreter), a case may declare:
/// - `//! error LINE:COL: fragment` — the run must report an error at that 1-based file position whose
///   message contains `fragment` (case-insensitive). Such a file is an error case.
/// - `//> text` — the next line of printed output, at the end of a statement or on a line of its own;
///   if any are present, everything the file prints must equal these lines, in order.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    /// Path below `Cases/`, e.g. `numbers/division.nn`; also the file name diagnostics carry.
    let path: String
    let source: String

    var testDescription: String { path }
    var expectedErrors: [ExpectedError] { source.split(separator: "\n").compactMap(ExpectedError.init) }
    var isErrorCase: Bool { !expectedErrors.isEmpty }

    /// The declared printed lines, or nil when the file declares none.
    var expectedOutput: [String]? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            guard let marker = line.range(of: "//>") else { return nil }
            let text = line[marker.upperBound...]
            return String(text.hasPrefix(" ") ? text.dropFirst() : text)
        }
        return lines.isEmpty ? nil : lines
    }

    /// How many lines carry a `//=>` expectation; corpus cases keep them out of loops and
    /// function bodies, so a run that succeeds reports exactly this many results.
    var expectationLineCount: Int {
        source.split(separator: "\n").filter { $0.contains("//=>") }.count
    }
}

/// A `//! error LINE:COL: fragment` declaration.
struct ExpectedError: Sendable, Equatable, CustomStringConvertible {
    let line: Int
    let column: Int
    let fragment: String

    /// Parses a declaration line; nil for every other line.
    init?(_ text: Substring) {
        let prefix = "//! error "
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":"),
              let end = rest[rest.index(after: colon)...].firstIndex(of: ":"),
              let line = Int(rest[..<colon]),
              let column = Int(rest[rest.index(after: colon)..<end])
        else { return nil }
        self.line = line
        self.column = column
        self.fragment = rest[rest.index(after: end)...].trimmingCharacters(in: .whitespaces)
    }

    var description: String { "error at \(line):\(column) containing “\(fragment)”" }
}

/// The corpus, read once from the test bundle's `Cases` folder.
enum Corpus {
    static let all: [CorpusCase] = {
        guard let root = Bundle.module.url(forResource: "Cases", withExtension: nil),
              let paths = try? FileManager.default.subpathsOfDirectory(atPath: root.path)
        else { return [] }
        return paths.filter { $0.hasSuffix(".nn") }.sorted().compactMap { path in
            guard let source = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            else { return nil }
            return CorpusCase(path: path, source: source)
        }
    }()
}
