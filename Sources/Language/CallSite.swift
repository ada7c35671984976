/// Where a parameter's value comes from in one call.
enum ArgumentSource {
    case argument(Int)
    case defaultValue
}

/// A call site's fixed facts — argument labels and positions — and, for calls of user functions, the
/// label-to-parameter matching of the last function called here, so a call in a loop matches labels once.
final class CallSite {
    let labels: [String?]
    let positions: [Position]
    let position: Position
    /// Kept alive so that its identity, compared on each call, cannot pass to another function.
    private var cachedFunction: CompiledFunction?
    private var cachedIdentity: ObjectIdentifier?
    private var cachedPlan: [ArgumentSource]?

    init(labels: [String?], positions: [Position], position: Position) {
        self.labels = labels
        self.positions = positions
        self.position = position
    }

    /// True when `function`'s parameters take this site's arguments one to one, in order.
    func isDirect(for function: CompiledFunction) throws -> Bool {
        if ObjectIdentifier(function) == cachedIdentity { return cachedPlan == nil }
        return try plan(for: function) == nil
    }

    /// How `function`'s parameters take this site's arguments; nil when they take them one to one, in order.
    func plan(for function: CompiledFunction) throws -> [ArgumentSource]? {
        if ObjectIdentifier(function) == cachedIdentity { return cachedPlan }
        let plan = try CallSite.plan(function.declaration, labels: labels, positions: positions, at: position)
        cachedFunction = function
        cachedIdentity = ObjectIdentifier(function)
        cachedPlan = plan
        return plan
    }

    /// Matches arguments to parameters in order, as Swift does: labels must match, defaults fill gaps.
    static func plan(_ decl: FunctionDecl, labels: [String?], positions: [Position], at position: Position) throws
        -> [ArgumentSource]?
    {
        var plan: [ArgumentSource] = []
        var next = 0
        let name = decl.name
        func fail(_ message: String, at position: Position) -> LanguageError {
            let order = LabelOrder.violation(labels, declared: decl.parameters.map(\.label), callee: name, usage: decl.signature)
            return LanguageError(message: order ?? message, position: position)
        }
        // A labelled parameter with a default that an unlabelled argument passed by, for the message if that
        // argument then has no parameter (`P(1)` for `P(x: Int = 0)`).
        var passedLabel: String?
        for parameter in decl.parameters {
            if next < labels.count, labels[next] == parameter.label {
                plan.append(.argument(next))
                next += 1
            } else if parameter.defaultValue != nil {
                if next < labels.count, labels[next] == nil, passedLabel == nil { passedLabel = parameter.label }
                plan.append(.defaultValue)
            } else if next < labels.count {
                let message = switch (labels[next], parameter.label) {
                case (nil, let expected?): "missing argument label `\(expected):` in call to `\(name)`"
                case (let found?, nil): "extraneous argument label `\(found):` in call to `\(name)`"
                case (let found?, let expected?):
                    "incorrect argument label `\(found):` in call to `\(name)`, expected `\(expected):`"
                case (nil, nil): "unexpected argument in call to `\(name)`"
                }
                throw fail(message, at: positions[next])
            } else {
                let label = parameter.label.map { "`\($0):`" } ?? "`\(parameter.name)`"
                throw fail("missing argument for parameter \(label) in call to `\(name)`", at: position)
            }
        }
        if next < labels.count, labels[next] == nil, let passedLabel {
            throw fail("missing argument label `\(passedLabel):` in call to `\(name)`", at: positions[next])
        }
        if next < labels.count {
            throw fail("extra argument in call to `\(name)`: it takes \(decl.parameters.count), got \(labels.count)",
                       at: positions[next])
        }
        let inOrder = plan.count == labels.count && plan.enumerated().allSatisfy {
            if case .argument($0.offset) = $0.element { true } else { false }
        }
        return inOrder ? nil : plan
    }
}

extension FunctionDecl {
    /// Swift's name for the function with its labels, as `move(_:by:)`.
    var signature: String {
        "\(name)(\(parameters.map { "\($0.label ?? "_"):" }.joined()))"
    }
}
