/// Numbers compare by their exact values, as Swift compares two Ints and Python compares an int with a
/// float. Converting an Int to a Double first would round it past 2⁵³, where 2⁵³ + 1 would equal 2⁵³.
enum ExactComparison {
    /// −1, 0 or 1 as i is below, equal to or above d; nil when d is NaN.
    @inline(__always)
    static func order(_ i: Int, _ d: Double) -> Int? {
        // Rounding keeps order, so when the rounded Int differs from d it is on the same side as i.
        let rounded = Double(i)
        if rounded < d { return -1 }
        if rounded > d { return 1 }
        return tie(i, d)
    }

    /// The order when Double(i) == d (or d is NaN): d is then a whole number of at most 2⁶³ in size.
    private static func tie(_ i: Int, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        // 2⁶³ itself, what Int.max rounds to, is above every Int.
        if d >= 9_223_372_036_854_775_808.0 { return -1 }
        let whole = Int(d)
        return i < whole ? -1 : (i > whole ? 1 : 0)
    }

    /// The order of two numbers (Ints, Doubles, or other values with a `number`): exact for two Ints and for an
    /// Int with a Double; nil when either is NaN or not a number.
    static func order(_ a: RuntimeValue, _ b: RuntimeValue) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .double(let y)): return order(x, y)
        case (.double(let x), .int(let y)): return order(y, x).map { -$0 }
        default:
            guard let x = a.number, let y = b.number, !x.isNaN, !y.isNaN else { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// `a op b` for an Int and a Double, either way round, compared by exact value; nil for any other pair.
    @inline(__always)
    static func mixed(_ op: ComparisonOperator, _ a: RuntimeValue, _ b: RuntimeValue) -> Bool? {
        if case .int(let i) = a, case .double(let y) = b { return op.holds(i, y) }
        if case .double(let x) = a, case .int(let j) = b { return op.holds(x, j) }
        return nil
    }

    /// Whether an Int and a Double are the same number.
    @inline(__always)
    static func equal(_ i: Int, _ d: Double) -> Bool { order(i, d) == 0 }
}

extension ComparisonOperator {
    /// Whether the operator holds for an order from `ExactComparison.order` (NaN, nil, holds for none).
    @inline(__always)
    func holds(order: Int?) -> Bool {
        guard let order else { return false }
        switch self {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }

    /// Whether `i op d` holds for the exact values.
    @inline(__always)
    func holds(_ i: Int, _ d: Double) -> Bool { holds(order: ExactComparison.order(i, d)) }

    /// Whether `d op i` holds for the exact values.
    @inline(__always)
    func holds(_ d: Double, _ i: Int) -> Bool { holds(order: ExactComparison.order(i, d).map { -$0 }) }
}
