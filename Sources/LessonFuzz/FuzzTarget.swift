import Foundation
import Language
import Math
import Notebook

/// One fuzz input through lessonrun, the way a hostile lesson reaches it. The first byte picks the way in:
/// a whole lesson (Markdown, front matter, cells, inline values, TeX, figures, the page), a swift-nn program
/// alone, or a TeX formula alone; the rest is the text. Limits are tight so an input that loops ends quickly
/// in the interpreter's own error, and anything that still crashes or hangs is a finding.
enum FuzzTarget {
    /// Small enough that libFuzzer's executions stay fast, large enough to reach real work.
    static let limits = Limits(stepBudget: 200_000, maxRecursionDepth: 200, timeout: 2, memory: 2 << 30)

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let mode = bytes.first else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
        switch mode % 3 {
        case 0:
            let lesson = LessonParser.parse(text, path: "fuzz.md")
            _ = HTMLRenderer.render(Executor.execute(lesson, limits: limits, lessonTimeout: 5))
        case 1:
            _ = Session(limits: limits).run(text, origin: SourceOrigin(file: "fuzz.nn"))
        default:
            _ = TeX.mathML(text, display: mode & 4 == 0)
        }
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

/// The executable's `main` (SwiftPM names the entry point itself, so libFuzzer's own `main` cannot be used):
/// hands the arguments to libFuzzer.
@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
    }
}
#else
/// Without libFuzzer: replays inputs (files, or every file in folders) through the same target, so a finding
/// can be reproduced and a corpus re-run in an ordinary build. usage: LessonFuzz PATH…
@main
struct Replay {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("LessonFuzz: no such file or folder: \(path)\n".utf8))
                exit(2)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { FuzzTarget.run($0.bindMemory(to: UInt8.self)) }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }
}
#endif
