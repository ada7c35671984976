import Foundation
import Language
import Markdown
import Math
import Notebook

/// One way a hostile lesson reaches lessonrun. A fuzzing process drives one target, and a finding is replayed
/// through the same one: inputs are plain text, kept in a folder named after their target
/// (`fuzz/regressions/parse/…`). The whole pipeline is slow (tens of inputs a second), so the front end, the
/// interpreter and the TeX converter each have a target of their own that runs thousands of inputs a second.
enum FuzzTarget: String, CaseIterable {
    /// A whole lesson: Markdown, front matter, cells run, inline values, TeX, figures, the page.
    case lesson
    /// A lesson parsed and its code compiled, nothing run: Markdown, front matter, cell fences and options,
    /// inline `{nn}` code, math, line endings; the swift-nn lexer, parser and resolver; TeX of every formula.
    case parse
    /// A swift-nn program run under small limits, so a loop ends in the interpreter's own error at once.
    case program
    /// A TeX formula converted to MathML, inline and displayed.
    case tex

    /// Small enough that a lesson's cells stop within a fraction of a second, large enough to reach real work.
    static let lessonLimits = Limits(stepBudget: 20_000, maxRecursionDepth: 200, timeout: 0.5, memory: 2 << 30)
    /// A few thousand steps and a quarter second: a program is one cell, and most of its paths are short.
    static let programLimits = Limits(stepBudget: 5_000, maxRecursionDepth: 100, timeout: 0.25, memory: 1 << 30)

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .lesson:
            let lesson = LessonParser.parse(text, path: "fuzz.md")
            _ = HTMLRenderer.render(Executor.execute(lesson, limits: Self.lessonLimits, lessonTimeout: 2))
        case .parse:
            Self.parse(text)
        case .program:
            _ = Session(limits: Self.programLimits).run(text, origin: SourceOrigin(file: "fuzz.nn"))
        case .tex:
            _ = TeX.mathML(text, display: true)
            _ = TeX.mathML(text, display: false)
        }
    }

    /// Everything of a lesson that happens before its code runs, in the order a render does it.
    private static func parse(_ text: String) {
        let lesson = LessonParser.parse(text, path: "fuzz.md")
        let session = Session(limits: programLimits)
        for cell in lesson.cells {
            _ = session.compile(cell.code, origin: cell.origin)
        }
        for inline in lesson.inlineCells {
            let origin = SourceOrigin(file: lesson.path, line: inline.location.line, column: inline.location.column)
            _ = session.compile(inline.source, origin: origin)
        }
        var macros = Macros()
        for (name, body) in lesson.frontMatter.macros.sorted(by: { $0.key < $1.key }) {
            _ = macros.define(name, as: body)
        }
        for case .prose(let block) in lesson.blocks {
            _ = block.mapInlines { inline in
                if case .math(let span) = inline { _ = TeX.mathML(span.tex, display: span.display, macros: &macros) }
                return inline
            }
        }
    }

    /// The target a saved input belongs to: the nearest folder on its path named after one.
    static func owning(_ path: String) -> FuzzTarget? {
        URL(fileURLWithPath: path).deletingLastPathComponent().pathComponents.reversed()
            .lazy.compactMap(FuzzTarget.init(rawValue:)).first
    }
}

#if FUZZING
/// libFuzzer's driver, which parses its flags and calls back with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The target this process fuzzes, from `LESSONFUZZ_TARGET` (libFuzzer owns the command line and its forked
/// jobs inherit the environment); `lesson` without it.
let fuzzedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["LESSONFUZZ_TARGET"] ?? FuzzTarget.lesson.rawValue
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("LessonFuzz: unknown target '\(name)' (targets: \(names))\n".utf8))
        exit(2)
    }
    return target
}()

/// The executable's `main` (SwiftPM names the entry point itself, so libFuzzer's own `main` cannot be used):
/// hands the arguments to libFuzzer.
@main
struct Fuzz {
    static func main() {
        _ = fuzzedTarget
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            fuzzedTarget.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
    }
}
#else
/// Without libFuzzer: replays inputs (files, or every file in folders and their subfolders) through their
/// target, so a finding can be reproduced and a corpus re-run in an ordinary build. Each file goes through the
/// target its folder is named after, or the one `--target` names.
/// usage: LessonFuzz [--target lesson|parse|program|tex] PATH…
@main
struct Replay {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var chosen: FuzzTarget?
        if let flag = arguments.firstIndex(of: "--target") {
            guard flag + 1 < arguments.count, let target = FuzzTarget(rawValue: arguments[flag + 1]) else {
                fail("--target needs one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            chosen = target
            arguments.removeSubrange(flag...flag + 1)
        }
        var count = 0
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                fail("no such file or folder: \(path)")
            }
            for file in isDirectory.boolValue ? files(under: path) : [path] {
                guard let target = chosen ?? FuzzTarget.owning(file) else {
                    fail("\(file) is in no folder named after a target; pass --target")
                }
                guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
                data.withUnsafeBytes { target.run($0.bindMemory(to: UInt8.self)) }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }

    /// The regular files in a folder and its subfolders, in a fixed order; hidden files are left out.
    static func files(under folder: String) -> [String] {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return entries.filter { !$0.hasPrefix(".") }.flatMap { name -> [String] in
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return isDirectory.boolValue ? files(under: path) : [path]
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("LessonFuzz: \(message)\n".utf8))
        exit(2)
    }
}
#endif
