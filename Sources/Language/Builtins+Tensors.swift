import Engine

/// numpy's array constructors and combinators, under Swift-style names.
extension Builtins {
    static let tensors: [Builtin] = [
        shaped("ones", "A tensor of ones: ones(3), ones(2, 3) or ones((2, 3)).") { Tensor.ones($0) },
        shaped("zeros", "A tensor of zeros: zeros(3), zeros(2, 3) or zeros((2, 3)).") { Tensor.zeros($0) },
        Builtin("eye", [.positional("n")], doc: "The n × n identity matrix.") { args, _, _ in
            let n = try args.int("n")
            guard (0...7_000).contains(n) else { throw args.error("n", "`eye` needs a size in 0...7000") }
            return .tensor(Tensor.eye(n))
        },
        Builtin("tensor", [.positional("values")], doc: "Numbers or a nested numeric array as a tensor.") { args, _, _ in
            .tensor(try args.tensor("values"))
        },
        combine("stack", "Stacks tensors of one shape along a new axis (numpy's stack).", axis: true) {
            try Tensor.stack($0, axis: $1)
        },
        combine("concat", "Joins tensors along an existing axis (numpy's concatenate).", axis: true) {
            try Tensor.concat($0, axis: $1)
        },
        combine("columnStack", "Puts 1-d tensors side by side as the columns of a matrix (numpy's column_stack).",
                axis: false) { tensors, _ in try Tensor.columnStack(tensors) },
        Builtin("matmul", [.positional("a"), .positional("b")], doc: "The matrix product, like `a @ b`.") {
            args, _, position in
            try TensorOperators.arithmetic(.matrixProduct, args["a"], args["b"], at: position)
        },
        Builtin("dot", [.positional("a"), .positional("b")], doc: "The dot product of vectors (the matrix product in general).") {
            args, _, position in
            try TensorOperators.arithmetic(.matrixProduct, args["a"], args["b"], at: position)
        },
        Builtin("norm", [.positional("x")], doc: "The Euclidean (2-) norm of all elements.") { args, _, _ in
            .tensor(try args.tensor("x").norm())
        },
        reduction("sum", "The sum of the elements, or along `axis:`.") { try $0.sum(axis: $1) },
        reduction("mean", "The mean of the elements, or along `axis:`.") { try $0.mean(axis: $1) },
        Builtin("transpose", [.positional("x")], doc: "The transpose of a matrix, like `x.T`.") { args, _, _ in
            .tensor(try args.tensor("x").T)
        },
        Builtin(
            "solve", [.positional("A"), .positional("b")],
            doc: "numpy.linalg's solve: x with A @ x = b, for a square A (at most 512 × 512) and b a vector or a matrix "
                + "of right-hand sides; an error for a singular A. Records no gradient."
        ) { args, _, position in
            let (a, b) = (try args.tensor("A"), try args.tensor("b"))
            return .tensor(try TensorOperators.engine(position) { try LinearAlgebra.solve(a, b) })
        },
        Builtin("inv", [.positional("A")], doc: "numpy.linalg's inv: the inverse of a square matrix; an error for a singular one.") {
            args, _, position in
            let a = try args.tensor("A")
            return .tensor(try TensorOperators.engine(position) { try LinearAlgebra.inverse(a) })
        },
        Builtin("det", [.positional("A")], doc: "numpy.linalg's det: the determinant of a square matrix, by LU factorisation.") {
            args, _, position in
            let a = try args.tensor("A")
            return .double(try TensorOperators.engine(position) { try LinearAlgebra.determinant(a) })
        },
    ]

    /// A constructor taking a shape as Ints or as one tuple.
    private static func shaped(_ name: String, _ doc: String, _ make: @escaping ([Int]) -> Tensor) -> Builtin {
        Builtin(name, variadic: true, doc: doc) { args, interpreter, position in
            let shape = try interpreter.shape(args.rest, at: position)
            guard !shape.isEmpty else { throw LanguageError(message: "`\(name)` needs a shape, such as \(name)(2, 3)", position: position) }
            _ = try TensorOperators.engine(position) { try Tensor.count(of: shape) }
            return .tensor(make(shape))
        }
    }

    private static func combine(
        _ name: String, _ doc: String, axis: Bool, _ body: @escaping ([Tensor], Int) throws -> Tensor
    ) -> Builtin {
        Builtin(name, [.positional("tensors")] + (axis ? [.labeled("axis", .int(0))] : []), doc: doc) {
            args, _, position in
            guard case .array(let items) = args["tensors"] else {
                throw args.error("tensors", "`\(name)` needs an array of tensors, such as [a, b]")
            }
            let tensors = try items.map { item in
                guard let t = TensorConversion.tensor(item) else {
                    throw args.error("tensors", "`\(name)` needs numeric tensors, found \(item.typeName)")
                }
                return t
            }
            let axisValue = axis ? try args.int("axis") : 0
            return .tensor(try TensorOperators.engine(position) { try body(tensors, axisValue) })
        }
    }

    /// The numbers of a (nested) list, in order, when at least one is an autodiff Value; nil otherwise.
    private static func autodiffLeaves(_ value: RuntimeValue) -> [RuntimeValue]? {
        // An array may hold another many times over (`x = [x, x]`): walk only what a tensor could hold, and
        // gather the numbers only once a Value is known to be among them.
        guard case .array = value, Nesting.fitsInTensor(value), holdsAutodiffLeaf(value) else { return nil }
        var leaves: [RuntimeValue] = []
        func collect(_ v: RuntimeValue) -> Bool {
            if case .array(let items) = v { return items.allSatisfy(collect) }
            leaves.append(v)
            return v.isNumeric
        }
        return collect(value) ? leaves : nil
    }

    private static func holdsAutodiffLeaf(_ value: RuntimeValue) -> Bool {
        switch value {
        case .autodiff: true
        case .array(let items): items.contains(where: holdsAutodiffLeaf)
        default: false
        }
    }

    private static func reduction(_ name: String, _ doc: String, _ body: @escaping (Tensor, Int?) throws -> Tensor)
        -> Builtin
    {
        Builtin(name, [.positional("x"), .labeled("axis", .void)], doc: doc) { args, _, position in
            let axis = args.has("axis") ? try args.int("axis") : nil
            // A list holding autodiff Values (micrograd style, or data combined with a Value) sums in the graph.
            if axis == nil, name == "sum" || name == "mean", let items = autodiffLeaves(args["x"]) {
                let total = try items.reduce(RuntimeValue.int(0)) { try Operators.arithmetic(.add, $0, $1, at: position) }
                return name == "sum" ? total : try Operators.arithmetic(.divide, total, .int(items.count), at: position)
            }
            return .tensor(try TensorOperators.engine(position) { try body(try args.tensor("x"), axis) })
        }
    }
}
