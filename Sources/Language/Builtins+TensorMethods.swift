import Engine

// Methods of tensors, with numpy's names where users know them. A name not declared here is looked up among the
// array methods and run on the tensor's rows (see `callMethod`).

extension Builtins {
    static let tensorMethods: [Builtin] = [
        reduction("sum", "The sum of all elements, or along `axis:`.") { try $0.sum(axis: $1) },
        reduction("mean", "The mean of all elements, or along `axis:`.") { try $0.mean(axis: $1) },
        reduction("variance", "numpy's `var`: the mean squared deviation from the mean, of all elements or along `axis:`.") {
            try $0.variance(axis: $1)
        },
        reduction("std", "numpy's `std`: the standard deviation (divided by the count), of all elements or along `axis:`.") {
            try $0.standardDeviation(axis: $1)
        },
        reduction("max", "The largest element, or the largest along `axis:`.") { try $0.max(axis: $1) },
        reduction("min", "The smallest element, or the smallest along `axis:`.") { try $0.min(axis: $1) },
        index("argmax", "The index of the largest element, or the indices along `axis:`.") { try $0.argmax(axis: $1) },
        index("argmin", "The index of the smallest element, or the indices along `axis:`.") { try $0.argmin(axis: $1) },
        plain("norm", "The Euclidean norm of all elements.") { .tensor($0.norm()) },
        Builtin("reshape", on: "Tensor", variadic: true, doc: "The same elements in a new shape: `reshape(2, 3)`.") {
            args, interpreter, position in
            guard !args.rest.isEmpty else { throw LanguageError(message: "`reshape` needs a shape", position: position) }
            return .tensor(try args.receiverTensor.reshape(try interpreter.shape(args.rest, at: position)))
        },
        plain("all", "numpy's `all`: whether every element is non-zero, as in `(t > 0).all()`.") {
            .bool($0.data.allSatisfy { $0 != 0 })
        },
        plain("any", "numpy's `any`: whether some element is non-zero, as in `(t < 0).any()`.") {
            .bool($0.data.contains { $0 != 0 })
        },
        plain("flattened", "The elements as a 1-d tensor.") { .tensor($0.flattened()) },
        plain("item", "The one element of a 1-element tensor, as a Double.") { .double(try $0.item()) },
        plain("backward", "Fills in `grad` of every tensor this one was computed from (it must hold one number).") {
            $0.backward()
            return .void
        },
        plain("zeroGrad", "Sets `grad` back to zeros.") {
            $0.zeroGrad()
            return .void
        },
        plain("detached", "The same numbers, cut from the autodiff graph.") { .tensor($0.detached()) },
        plain("toArray", "The rows (or numbers) as a swift-nn array.") { .array(try TensorConversion.elements($0)) },
    ] + ["tanh", "exp", "log", "sigmoid", "relu", "sqrt", "sin", "cos", "abs"].map {
        delegating($0, on: "Tensor", doc: "Like `\($0)(t)`: element by element, recorded for `backward`.")
    }

    private static func plain(_ name: String, _ doc: String, _ body: @escaping (Tensor) throws -> RuntimeValue) -> Builtin {
        Builtin(name, on: "Tensor", doc: doc) { args, _, _ in try body(args.receiverTensor) }
    }

    private static func reduction(_ name: String, _ doc: String, _ body: @escaping (Tensor, Int?) throws -> Tensor) -> Builtin {
        Builtin(name, on: "Tensor", [.labeled("axis", .void)], doc: doc) { args, _, _ in
            .tensor(try body(args.receiverTensor, try args.axis()))
        }
    }

    /// Index results (argmax) as Ints, so they can subscript arrays.
    private static func index(_ name: String, _ doc: String, _ body: @escaping (Tensor, Int?) throws -> Tensor) -> Builtin {
        Builtin(name, on: "Tensor", [.labeled("axis", .void)], doc: doc) { args, _, _ in
            let t = try body(args.receiverTensor, try args.axis())
            return t.rank == 0 ? .int(Int(t.data[0])) : .array(t.data.map { .int(Int($0)) })
        }
    }
}

extension Arguments {
    /// The receiver of a tensor method.
    var receiverTensor: Tensor {
        if case .tensor(let t) = receiver { return t }
        return Tensor([Double]())
    }

    /// An optional `axis:` argument.
    func axis() throws -> Int? {
        has("axis") ? try int("axis") : nil
    }
}
