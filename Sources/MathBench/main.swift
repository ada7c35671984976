import Foundation
import Markdown
import Math

/// Times the math renderer on every formula of the lessons (the 5 ms target) and of the lecture seeds.
/// usage: swift run -c release MathBench [ROUNDS] [LESSONS_DIR] [SEEDS_DIR]
/// (defaults: 50 rounds, lessons, ../shared/seeds). Prints the best round, which is the least disturbed.
/// usage: swift run -c release MathBench --page FORMULAS.json [ROUNDS]
/// times one large page: a JSON list of [tex, display] pairs converted in order with one macro table, as a
/// lesson's formulas are (scripts/math-bench-katex compares it with KaTeX).
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--page", arguments.count > 1 {
    timePage(arguments[1], rounds: arguments.count > 2 ? Int(arguments[2]) ?? 10 : 10)
    exit(0)
}
let rounds = arguments.first.flatMap(Int.init) ?? 50
let lessonsFolder = arguments.count > 1 ? arguments[1] : "lessons"
let seedsFolder = arguments.count > 2 ? arguments[2] : "../shared/seeds"
let targetMilliseconds = 5.0

/// The formulas of every file in `folder` with the extension `ext`, found as the lesson reader finds them.
func formulas(in folder: String, ext: String) -> [MathSpan] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted().flatMap { name -> [MathSpan] in
        guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { return [] }
        return Markdown.parse(text).blocks.flatMap(mathSpans(in:))
    }
}

func mathSpans(in block: Block) -> [MathSpan] {
    switch block {
    case .paragraph(let content, _), .heading(_, let content, _): content.flatMap(mathSpans(in:))
    case .blockQuote(let children, _): children.flatMap(mathSpans(in:))
    case .list(let list): list.items.joined().flatMap(mathSpans(in:))
    case .table(let table): (table.header + table.rows.joined()).joined().flatMap(mathSpans(in:))
    case .codeBlock, .thematicBreak, .htmlBlock: []
    }
}

func mathSpans(in inline: Inline) -> [MathSpan] {
    switch inline {
    case .math(let span): [span]
    case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content), .image(_, _, let content):
        content.flatMap(mathSpans(in:))
    case .text, .code, .softBreak, .lineBreak, .html: []
    }
}

/// The best time of `rounds` conversions of all `spans`, in milliseconds, and the markup's total size.
func time(_ spans: [MathSpan]) -> (milliseconds: Double, bytes: Int) {
    let clock = ContinuousClock()
    var best = Double.infinity, bytes = 0
    for _ in 0..<rounds {
        let start = clock.now
        bytes = spans.reduce(0) { $0 + TeX.mathML($1.tex, display: $1.display).markup.utf8.count }
        let elapsed = start.duration(to: clock.now)
        best = min(best, Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return (best, bytes)
}

let lessons = formulas(in: lessonsFolder, ext: "md")
let seeds = formulas(in: seedsFolder, ext: "txt")
let lessonTime = time(lessons)
let seedTime = time(seeds)
print("MathBench, best of \(rounds) rounds:")
print(String(format: "lessons: %d formulas in %.3f ms (%d bytes of MathML) = %.3f × the %.0f ms target",
             lessons.count, lessonTime.milliseconds, lessonTime.bytes, lessonTime.milliseconds / targetMilliseconds,
             targetMilliseconds))
print(String(format: "seeds:   %d formulas in %.3f ms (%d bytes of MathML)", seeds.count, seedTime.milliseconds,
             seedTime.bytes))

/// The large-page bench: prints the best round in milliseconds, machine-readably, then the sizes.
func timePage(_ path: String, rounds: Int) {
    guard let data = FileManager.default.contents(atPath: path),
          let pairs = try? JSONSerialization.jsonObject(with: data) as? [[Any]] else {
        print("MathBench: cannot read \(path) as a JSON list of [tex, display] pairs")
        exit(2)
    }
    let formulas = pairs.compactMap { pair -> (String, Bool)? in
        guard let tex = pair.first as? String, let display = pair.last as? Bool else { return nil }
        return (tex, display)
    }
    let clock = ContinuousClock()
    var best = Double.infinity, bytes = 0, warned = 0
    for _ in 0..<rounds {
        var macros = Macros()
        bytes = 0
        warned = 0
        let start = clock.now
        for (tex, display) in formulas {
            let result = TeX.mathML(tex, display: display, macros: &macros)
            bytes += result.markup.utf8.count
            if !result.warnings.isEmpty { warned += 1 }
        }
        let elapsed = start.duration(to: clock.now)
        best = min(best, Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    print(String(format: "lessonrun: %d formulas in %.2f ms (best of %d), %d bytes of MathML, %d with warnings",
                 formulas.count, best, rounds, bytes, warned))
}
