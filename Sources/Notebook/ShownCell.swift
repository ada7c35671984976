import Figures
import Language

/// A cell's run as its page shows it, figures already drawn: plain data, so a build can keep it and show
/// it again without running the cell.
public struct ShownCell: Sendable, CellVerdict {
    public var cell: Cell
    public var outputs: [ShownOutput]
    public var languageDiagnostics: [Diagnostic]
    public var expectations: [ExpectationResult]
    public var errorExpected: Bool
    public var problems: [Diagnostic]
    public var milliseconds: Double

    public init(
        cell: Cell, outputs: [ShownOutput], languageDiagnostics: [Diagnostic], expectations: [ExpectationResult],
        errorExpected: Bool, problems: [Diagnostic], milliseconds: Double
    ) {
        self.cell = cell
        self.outputs = outputs
        self.languageDiagnostics = languageDiagnostics
        self.expectations = expectations
        self.errorExpected = errorExpected
        self.problems = problems
        self.milliseconds = milliseconds
    }

    /// A fresh run, its figures drawn as SVG.
    public init(_ run: CellRun) {
        self.init(run, drawn: run.figures.map(SVGRenderer.render))
    }

    /// A fresh run whose figures were drawn already, in order (a page draws all its figures in parallel).
    init(_ run: CellRun, drawn: [String]) {
        var svgs = drawn.makeIterator()
        let outputs = run.result.outputs.map { output -> ShownOutput in
            switch output {
            case .text(let text): .text(text)
            case .value(let value): .value(value)
            case .figure: .figure(svg: svgs.next() ?? "")
            case .table(let table): .table(table)
            }
        }
        self.init(
            cell: run.cell, outputs: outputs, languageDiagnostics: run.result.diagnostics,
            expectations: run.result.expectations, errorExpected: run.errorExpected, problems: run.problems,
            milliseconds: run.milliseconds)
    }

    public var facts: CellFacts {
        CellFacts(self, figures: outputs.filter { if case .figure = $0 { true } else { false } }.count)
    }
}

/// One thing a cell showed: printed text, the last expression's value, a figure as SVG, or a table.
public enum ShownOutput: Sendable, Hashable, Codable {
    case text(String)
    case value(String)
    case figure(svg: String)
    case table(TableOutput)
}
