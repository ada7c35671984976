import Foundation
import Testing

/// A small lesson that uses the language features lesson authors reach for (dictionaries, zip, String(format:),
/// where, legend(loc:), savefig), rendered and built end to end by the binary.
@Suite("a lesson using dictionaries, zip, formatting, where and savefig")
struct LanguageFeaturesLessonTests {
    private static let lesson = """
        # Optimisers compared

        ```swift-nn
        let finalLoss: [String: Double] = ["sgd": 0.5, "momentum": 0.125, "adam": 0.0625]
        var lines: [String] = []
        for (name, loss) in finalLoss.sorted(by: { $0.value < $1.value }) {
            lines.append(String(format: "%-8s %6.3f", name, loss))
        }
        lines //=> ["adam      0.062", "momentum  0.125", "sgd       0.500"]
        let steps = [1.0, 2.0, 3.0]
        var weighted = 0.0
        for (step, loss) in zip(steps, finalLoss.values) {
            weighted += step * loss
        }
        weighted //=> 0.9375
        finalLoss["rmsprop"] ?? -1 //=> -1
        let xs = linspace(-2.0, 2.0, 9)
        plot(xs, where(xs > 0, xs, 0.0), label: "relu")
        plot(xs, where(xs > 0, xs, 0.1 * xs), label: "leaky relu")
        legend(loc: "upper left")
        savefig("relu.svg")
        ```
        """

    @Test("render writes the saved figure beside the page, byte-identical across runs, and build writes it too")
    func savedFigureAppears() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("course")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        let path = try writeLesson(Self.lesson, named: "optimisers.md", in: course)

        let first = try BinaryRunner.run([path, "-o", folder.path + "/a"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("3/3 expectations passed"))
        let second = try BinaryRunner.run([path, "-o", folder.path + "/b"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let a = try Data(contentsOf: folder.appendingPathComponent("a/relu.svg"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b/relu.svg"))
        #expect(a == b, "the saved figure differs between two runs")
        let svg = String(decoding: a, as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("leaky relu"))
        let html = try String(contentsOfFile: folder.path + "/a/optimisers.html", encoding: .utf8)
        #expect(html.contains("<a href=\"relu.svg\">relu.svg</a>"))

        let built = try BinaryRunner.run(["build", course.path, "-o", folder.path + "/site"])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let fromBuild = try Data(contentsOf: folder.appendingPathComponent("site/relu.svg"))
        #expect(fromBuild == a)
        // A second build takes the lesson from the cache and still writes the figure.
        let cached = try BinaryRunner.run(["build", course.path, "-o", folder.path + "/site"])
        #expect(cached.stdout.contains("1 cached"), "stdout: \(cached.stdout)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("site/relu.svg")) == a)
    }

    @Test("two lessons saving the same file beside their pages stop the build with both names")
    func twoLessonsSavingOneFile() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("course")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        let body = "# L\n\n```swift-nn\nplot([1.0, 2.0])\nsavefig(\"same.svg\")\n```\n"
        _ = try writeLesson(body, named: "one.md", in: course)
        _ = try writeLesson(body, named: "two.md", in: course)
        let result = try BinaryRunner.run(["build", course.path, "-o", folder.path + "/site"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("same.svg"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("one.md") && result.stderr.contains("two.md"), "stderr: \(result.stderr)")
    }

    private func writeLesson(_ text: String, named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
