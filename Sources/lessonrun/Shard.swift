import ArgumentParser

/// `--shard K/N`: the K-th of N parts of a course, for a CI matrix. Lessons are sorted by path and dealt out
/// in turn (the 1st, N+1-th, … to shard 1), so every lesson lands in exactly one shard, the same one each run.
struct Shard: ExpressibleByArgument, Equatable {
    let index: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0,
              (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// This shard's lessons, in sorted order.
    func select(_ lessons: [String]) -> [String] {
        lessons.sorted().enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
