import Engine
import Figures

/// Diagrams of computations: micrograd's `draw_dot` for a `Value`, and the tangent line of a function.
extension Builtins {
    static let figureDiagrams: [Builtin] = [
        Builtin(
            "drawDot", [.positional("value")],
            doc: "Draws the computation graph of a Value (micrograd's draw_dot): a box per value with its data and "
                + "grad, named after the variables holding them, and a node per operation, inputs on the left."
        ) { args, interpreter, position in
            guard case .autodiff(let root) = args["value"] else {
                throw args.error("value", "`drawDot` needs a Value, not \(args["value"].typeName)")
            }
            let diagram = try graph(root, names: variableNames(interpreter), position)
            interpreter.flushFigure()
            var figure = Figure()
            figure.content = .diagram(diagram)
            interpreter.outputs.append(.figure(figure))
            return .void
        },
        Builtin(
            "tangent",
            [.positional("f"), .labeled("at"), .labeled("span", .double(2)), .labeled("color", .void),
             .labeled("label", .void)],
            doc: "Draws the tangent of f at x (dashed, span either side) and the point of tangency; returns the slope."
        ) { args, interpreter, position in
            let f = try args.function("f")
            let x0 = try args.double("at"), span = try args.double("span")
            guard x0.isFinite, span > 0, span.isFinite else {
                throw args.error("at", "`tangent` needs a finite point and a positive span")
            }
            let y0 = try FigureArguments.call(f, [x0], "tangent", interpreter, position)
            let slope = try derivative(f, at: x0, interpreter, position)
            let xs = [x0 - span, x0 + span]
            var line = LineMark(xs: xs, ys: xs.map { y0 + slope * ($0 - x0) }, lineStyle: .dashed)
            line.label = args.has("label") ? Display.text(args["label"])
                : "slope of \(fixed(slope)) at x = \(fixed(x0))"
            if args.has("color") { line.color = try FigureArguments.color(args, "color") }
            interpreter.draw(.line(line))
            interpreter.draw(.scatter(ScatterMark(xs: [x0], ys: [y0], color: "#ff0000")))
            return .double(slope)
        },
    ]

    /// f′(x) by reverse-mode autodiff, or by a central difference when f cannot take a `Value`.
    private static func derivative(
        _ f: FunctionValue, at x: Double, _ interpreter: Interpreter, _ position: Position
    ) throws -> Double {
        if let (_, partials) = try? Gradient.valueAndGradient(at: [x], of: { inputs in
            let result = try interpreter.callFunction(f, inputs.map(RuntimeValue.autodiff), at: position)
            guard result.isNumeric else { throw LanguageError(message: "not a number", position: position) }
            return Operators.value(result)
        }), let slope = partials.first, slope.isFinite {
            return slope
        }
        let h = 1e-6 * max(1, abs(x))
        let above = try FigureArguments.call(f, [x + h], "tangent", interpreter, position)
        let below = try FigureArguments.call(f, [x - h], "tangent", interpreter, position)
        return (above - below) / (2 * h)
    }

    /// Two decimals with a true minus sign, as the lecture's `:.2f`.
    private static func fixed(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, abs(hundredths) < 1e15 else { return Display.float(value).replacingOccurrences(of: "-", with: "−") }
        let sign = hundredths < 0 ? "−" : ""
        let magnitude = Int(abs(hundredths))
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The lesson's variables that hold a Value, by the Value, each with the first name given to it.
    private static func variableNames(_ interpreter: Interpreter) -> [ObjectIdentifier: String] {
        var names: [ObjectIdentifier: String] = [:]
        for (name, value) in interpreter.globals.namedValues {
            guard case .autodiff(let value) = value else { continue }
            if names[ObjectIdentifier(value)] == nil { names[ObjectIdentifier(value)] = name }
        }
        return names
    }

    /// The graph below `root`, inputs before the operations that use them, as the Figures module draws it.
    private static func graph(
        _ root: Value, names: [ObjectIdentifier: String], _ position: Position
    ) throws -> GraphDiagram {
        var index: [ObjectIdentifier: Int] = [:]
        var nodes: [GraphDiagram.Node] = []
        var stack: [(Value, Bool)] = [(root, false)]
        while let (value, childrenDone) = stack.popLast() {
            let id = ObjectIdentifier(value)
            if index[id] != nil { continue }
            if childrenDone {
                index[id] = nodes.count
                nodes.append(GraphDiagram.Node(
                    label: names[id] ?? "", op: value.op, data: value.data, grad: value.grad,
                    inputs: value.children.compactMap { index[ObjectIdentifier($0)] }))
                guard nodes.count <= 300 else {
                    throw LanguageError(message: "`drawDot` draws graphs of up to 300 values", position: position)
                }
                continue
            }
            stack.append((value, true))
            for child in value.children.reversed() where index[ObjectIdentifier(child)] == nil {
                stack.append((child, false))
            }
        }
        return GraphDiagram(nodes: nodes)
    }
}
