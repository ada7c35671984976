/// Collects the runs of a formula for SVG text, merging neighbours of the same style and position.
struct RunWriter {
    private(set) var runs: [MathRun] = []
    /// The script position of what is written now.
    private(set) var scripts: [MathRun.Script] = []

    /// Whether text is being written on the baseline, where operators get spaces around them.
    var onBaseline: Bool { scripts.isEmpty }

    mutating func write(_ text: String, style: MathRun.Style = .normal) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style, last.scripts == scripts {
            runs[runs.count - 1].text += text
        } else {
            runs.append(MathRun(text, style: style, scripts: scripts))
        }
    }

    /// Writes `body` one script step further from the baseline.
    mutating func script(_ step: MathRun.Script, _ body: (inout RunWriter) -> Void) {
        scripts.append(step)
        body(&self)
        scripts.removeLast()
    }

    /// Writes a run made by another writer, its script steps taken from where this writer stands.
    mutating func append(_ run: MathRun) {
        let outer = scripts
        scripts += run.scripts
        write(run.text, style: run.style)
        scripts = outer
    }

    /// Adds a combining mark after the last character written.
    mutating func appendMark(_ mark: String) {
        guard !runs.isEmpty else { return }
        runs[runs.count - 1].text += mark
    }

    /// The text `node` would write, without writing it.
    func text(of node: any MathNode) -> String {
        var probe = RunWriter()
        probe.scripts = scripts
        node.runs(&probe)
        return probe.runs.map(\.text).joined()
    }
}
