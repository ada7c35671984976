extension GridValues {
    /// The grid with at most `limit` rows and columns: every k-th one, and always the last, as matplotlib's
    /// `plot_surface` samples (its `rcount`/`ccount`). A surface of a million faces draws no better than one of
    /// a few thousand in a figure a few hundred pixels wide, and would make a page of hundreds of megabytes.
    public func thinned(toAtMost limit: Int) -> GridValues {
        func picks(_ count: Int) -> [Int] {
            guard count > limit, limit >= 2 else { return Array(0..<count) }
            let step = (count - 1 + limit - 2) / (limit - 1)
            let chosen = Array(stride(from: 0, to: count - 1, by: step))
            return chosen + [count - 1]
        }
        let rows = picks(ys.count), columns = picks(xs.count)
        guard rows.count < ys.count || columns.count < xs.count else { return self }
        let values = rows.flatMap { row in columns.map { value(row, $0) } }
        return GridValues(xs: columns.map { xs[$0] }, ys: rows.map { ys[$0] }, values: values)!
    }
}
