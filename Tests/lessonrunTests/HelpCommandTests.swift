import Foundation
import Testing

@Suite("lessonrun help, end to end")
struct HelpCommandTests {
    @Test func listsEveryNameGroupedWithItsUsage() throws {
        let result = try BinaryRunner.run(["help"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let output = try #require(lines.firstIndex(of: "Output"))
        let math = try #require(lines.firstIndex(of: "Math"))
        let tensorMethods = try #require(lines.firstIndex(of: "Tensor properties and methods"))
        let mlpMethods = try #require(lines.firstIndex(of: "MLP properties and methods"))
        #expect(output < math && math < tensorMethods && tensorMethods < mlpMethods)
        #expect(lines.contains("  sum(_ x, [axis:])"))
        #expect(lines.contains("  Tensor.sum([axis:])"))
        #expect(lines.contains("  Optimizer.step()"))
        #expect(lines.contains("  RandomState.randn(_ items…)"))
        #expect(lines.contains("  Trajectory.final"))
    }

    @Test func showsOneBuiltinWithItsCheckedExample() throws {
        let result = try BinaryRunner.run(["help", "sum"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("sum(_ x, [axis:])\n\nThe sum of the elements, or along `axis:`."))
        #expect(result.stdout.contains("Example:\n    let m = tensor([[1, 2], [3, 4]])\n    sum(m) //=> 10\n"))
        #expect(result.stdout.contains("Checked: 2 of 2 expectations held."))
        #expect(result.stdout.contains("See also: Array.sum, Tensor.sum"))
        #expect(result.stderr.isEmpty)
    }

    @Test func showsAMethodAndTheOutputOfItsExample() throws {
        let method = try BinaryRunner.run(["help", "Tensor.sum"])
        #expect(method.status == 0)
        #expect(method.stdout.hasPrefix("Tensor.sum([axis:])\n"))
        let printing = try BinaryRunner.run(["help", "print"])
        #expect(printing.stdout.contains("Output:\n    loss = 0.25\n"))
        let byName = try BinaryRunner.run(["help", "backward"])
        #expect(byName.stdout.contains("Value.backward()") && byName.stdout.contains("Tensor.backward()"))
    }

    @Test func anUnknownNameGetsDidYouMeanAndFails() throws {
        let result = try BinaryRunner.run(["help", "sun"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "lessonrun: no builtin or method named `sun`; did you mean `sin`? (`lessonrun help` lists them all)\n")
        let method = try BinaryRunner.run(["help", "Tensor.argmxa"])
        #expect(method.status == 2)
        #expect(method.stderr.contains("did you mean `Tensor.argmax`?"))
    }

    @Test func aCommandsNameShowsItsOptions() throws {
        let result = try BinaryRunner.run(["help", "check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lessonrun check"))
    }
}
