import Figures
import Language

/// A cell after running: what the language produced, how long it took, and the notebook's own findings.
public struct CellRun: Sendable, CellVerdict {
    public var cell: Cell
    public var result: CellResult
    /// Wall time of the run; reported in the summary, never written into the page.
    public var milliseconds: Double
    public var errorExpected: Bool
    public var problems: [Diagnostic]
    /// Seconds each of the cell's figures may take to draw: the cell's own time limit, which drawing after the
    /// run would otherwise escape; nil for none.
    public var drawingTimeLimit: Double?

    public init(
        cell: Cell, result: CellResult, milliseconds: Double, errorExpected: Bool, problems: [Diagnostic],
        drawingTimeLimit: Double? = nil
    ) {
        self.cell = cell
        self.result = result
        self.milliseconds = milliseconds
        self.errorExpected = errorExpected
        self.problems = problems
        self.drawingTimeLimit = drawingTimeLimit
    }

    public var languageDiagnostics: [Diagnostic] { result.diagnostics }

    public var expectations: [ExpectationResult] { result.expectations }

    public var figures: [Figure] {
        result.outputs.compactMap { output in
            if case .figure(let figure) = output { figure } else { nil }
        }
    }

    /// The figures `savefig` asked for, by file name, in order.
    public var savedFigures: [(name: String, figure: Figure)] {
        result.outputs.compactMap { output in
            if case .savedFigure(let name, let figure) = output { (name, figure) } else { nil }
        }
    }

    public var facts: CellFacts {
        CellFacts(self, figures: figures.count)
    }
}
