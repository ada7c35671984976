import ArgumentParser
import Language

/// The limits that stop runaway lesson code, shared by `render` and `eval`.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Evaluation steps one cell may take before it is stopped with an error.",
                               valueName: "n"))
    var stepBudget = Limits().stepBudget

    @Option(help: ArgumentHelp("How deeply calls may nest before the cell is stopped with an error.",
                               valueName: "n"))
    var maxDepth = Limits().maxRecursionDepth

    func validate() throws {
        guard stepBudget > 0 else { throw ValidationError("--step-budget must be a positive number") }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be a positive number") }
    }

    var limits: Limits {
        Limits(stepBudget: stepBudget, maxRecursionDepth: maxDepth)
    }
}
