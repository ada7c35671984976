import Foundation

/// The process's CPU time in seconds. CPU time rather than wall time, because the machines this
/// runs on are shared: another build on the other core would stretch a wall clock, not this.
func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// The fastest of `runs` timed calls, in CPU seconds: the least disturbed of them.
func fastest(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = cpuSeconds()
        try body()
        best = min(best, cpuSeconds() - start)
    }
    return best
}

/// The median of `runs` timed calls, in CPU seconds: the figure to quote on a shared machine,
/// where the fastest run flatters and the slowest measures a neighbour.
func median(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = cpuSeconds()
        try body()
        times.append(cpuSeconds() - start)
    }
    return times.sorted()[runs / 2]
}

/// A duration for people: "1.43 s", "3.91 ms", "310 µs".
func readable(_ seconds: Double) -> String {
    switch seconds {
    case 1...: String(format: "%.2f s", seconds)
    case 1e-3...: String(format: "%.3g ms", seconds * 1e3)
    default: String(format: "%.3g µs", seconds * 1e6)
    }
}
