/// Swift's rule for argument labels: arguments come in the order their parameters are declared. When a call
/// uses the right labels in the wrong order, saying so (and the declared order) beats "unexpected label".
enum LabelOrder {
    /// The message for a call whose labeled arguments are all declared but out of order, else nil.
    static func violation(_ labels: [String?], declared: [String?], callee: String, usage: String) -> String? {
        var taken = Array(repeating: false, count: declared.count)
        var order: [(label: String, declaredAt: Int)] = []
        for case let label? in labels {
            guard let at = declared.indices.first(where: { !taken[$0] && declared[$0] == label }) else { return nil }
            taken[at] = true
            order.append((label, at))
        }
        for (i, earlier) in order.enumerated() {
            if let later = order[(i + 1)...].first(where: { $0.declaredAt < earlier.declaredAt }) {
                return "argument `\(later.label):` must precede argument `\(earlier.label):`; "
                    + "`\(callee)` declares them in the order \(usage)"
            }
        }
        return nil
    }
}
