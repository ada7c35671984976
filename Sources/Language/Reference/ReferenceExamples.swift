/// One example per registry entry, keyed like `ReferenceEntry.key` (`sum`, `Tensor.sum`), kept in one file per
/// family so that new builtins add their examples without touching the others'.
enum ReferenceExamples {
    static let families: [[String: ReferenceExample]] = [
        output, math, sequences, calculus, figures, tensors, random, networks, activations, training, minimizing,
        losses, data, arrayMethods, valueMethods, tensorMethods, objectMethods, properties,
    ]

    static let all: [String: ReferenceExample] = {
        var all: [String: ReferenceExample] = [:]
        for family in families {
            all.merge(family) { first, _ in preconditionFailure("an example is given twice: \(first.source)") }
        }
        return all
    }()
}
