import Figures
import Foundation
import Language
import Math

/// Draws a lesson's figures while its later cells still run. The cell thread hands over each finished cell's
/// figures; workers on the other cores draw them; at the end the calling thread helps with what is left. A
/// drawing depends only on its figure, so the page is the same bytes as when every figure is drawn after the
/// run.
final class FigurePipeline: @unchecked Sendable {
    private struct Job {
        let figure: Figure
        let macros: Macros
        let limit: Double?
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var next = 0
    private var closed = false
    private var drawn: [String?] = []
    private var workers: [NativeThread] = []

    /// Starts `workers` drawing threads; those the system refuses to start leave their share to `finish`.
    init(workers: Int) {
        for _ in 0..<max(0, workers) {
            guard let thread = try? NativeThread.start(stackSize: 1 << 22, { [self] _ in work(untilClosed: true) })
            else { break }
            self.workers.append(thread)
        }
    }

    /// Queues a finished cell's figures, its shown ones then its saved ones, as `PageContent` orders them.
    func submit(_ run: CellRun, macros: Macros) {
        let figures = run.figures + run.savedFigures.map(\.figure)
        guard !figures.isEmpty else { return }
        condition.lock()
        for figure in figures {
            jobs.append(Job(figure: figure, macros: macros, limit: run.drawingTimeLimit))
            drawn.append(nil)
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Every submitted figure drawn, in the order submitted (nil for one that ran out of time).
    func finish() -> [String?] {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        work(untilClosed: false)
        for worker in workers { worker.join() }
        return drawn
    }

    /// Draws queued figures; a worker waits for more until the queue closes, `finish` stops when it is empty.
    private func work(untilClosed wait: Bool) {
        condition.lock()
        while true {
            while next == jobs.count, wait, !closed { condition.wait() }
            guard next < jobs.count else { break }
            let (index, job) = (next, jobs[next])
            next += 1
            condition.unlock()
            let svg = Macros.$inForce.withValue(job.macros) { SVGRenderer.render(job.figure, within: job.limit) }
            condition.lock()
            drawn[index] = svg
        }
        condition.unlock()
    }
}
