import Figures

/// Motion without a kernel: `animate` records what a closure draws for each frame, `slider` computes one
/// figure per value at build time.
extension Builtins {
    static let figureMotion: [Builtin] = [
        Builtin(
            "animate",
            [.positional("frames"), .labeled("interval", .double(0.1)), .labeled("repeats", .bool(true)),
             .positional("body")],
            doc: "Calls body(frame) for each frame value and plays what it draws over the current figure, "
                + "interval seconds apart (matplotlib's FuncAnimation), inside the SVG."
        ) { args, interpreter, position in
            let values = try frameValues(args, "frames", "animate")
            let body = try args.function("body")
            let interval = try args.double("interval")
            guard interval > 0, interval <= 10 else { throw args.error("interval", "`interval` must be in (0, 10] seconds") }
            let base = interpreter.currentFigure ?? Figure()
            var frames: [[Mark]] = []
            for value in values {
                frames.append(try drawFrame(body, value, over: base, interpreter, position))
            }
            var figure = base
            figure.axes.animation = Animation(frames: frames, interval: interval, repeats: try args.bool("repeats"))
            interpreter.currentFigure = figure
            return .void
        },
        Builtin(
            "slider",
            [.positional("values"), .labeled("label", .string("value")), .labeled("initial", .void), .positional("body")],
            doc: "Calls body(value) for each value, each drawing one figure, and shows them behind a range input "
                + "(the page's only script; without it the initial figure shows)."
        ) { args, interpreter, position in
            let values = try frameValues(args, "values", "slider")
            let body = try args.function("body")
            var initial = 0
            if args.has("initial") {
                let target = try args.double("initial")
                let numbers = values.map { $0.number ?? .nan }
                initial = numbers.indices.min { abs(numbers[$0] - target) < abs(numbers[$1] - target) } ?? 0
            }
            interpreter.flushFigure()
            var frames: [Figure] = []
            for value in values { frames.append(try drawFigure(body, value, interpreter, position)) }
            var figure = Figure()
            figure.content = .slider(Slider(label: Display.text(args["label"]), values: values.map(Display.repr),
                                            frames: frames, initial: initial))
            interpreter.outputs.append(.figure(figure))
            return .void
        },
    ]

    /// The values to step through: a range, an array or a 1-d tensor. Whole numbers become Ints whatever holds
    /// them, for indexing and so that a frame's value reads the same as a literal would: `stride(from: -4,
    /// through: 4, by: 0.5)` shows -2, as a cell calling the body with -2 does, not -2.0.
    private static func frameValues(_ args: Arguments, _ parameter: String, _ name: String) throws -> [RuntimeValue] {
        func whole(_ number: Double) -> RuntimeValue {
            number.rounded() == number && abs(number) < 1e15 ? .int(Int(number)) : .double(number)
        }
        let values: [RuntimeValue]
        switch args[parameter] {
        case .array(let items):
            values = items.map { item in if case .double(let number) = item { whole(number) } else { item } }
        case let value:
            guard let numbers = TensorConversion.numbers(value) else {
                throw args.error(parameter, "`\(name)` needs an array or a range of values, not \(value.typeName)")
            }
            values = numbers.map(whole)
        }
        guard (1...400).contains(values.count) else {
            throw args.error(parameter, "`\(name)` takes 1 to 400 values, not \(values.count)")
        }
        return values
    }

    /// What `body(value)` draws into a copy of the figure with no marks in its current panel.
    private static func drawFrame(
        _ body: FunctionValue, _ value: RuntimeValue, over base: Figure, _ interpreter: Interpreter, _ position: Position
    ) throws -> [Mark] {
        var empty = base
        empty.axes.marks = []
        empty.axes.animation = nil
        let outputs = interpreter.outputs.count
        interpreter.currentFigure = empty
        defer { interpreter.currentFigure = base }
        _ = try interpreter.callFunction(body, value, at: position)
        guard let drawn = interpreter.currentFigure, interpreter.outputs.count == outputs,
              drawn.current == base.current, drawn.panels.count == base.panels.count else {
            interpreter.outputs.removeSubrange(outputs...)
            throw LanguageError(
                message: "`animate`'s closure must draw into the current panel (no `figure`, `show` or `subplot`)",
                position: position)
        }
        return drawn.axes.marks
    }

    /// The one figure `body(value)` draws; its printed text is dropped.
    private static func drawFigure(
        _ body: FunctionValue, _ value: RuntimeValue, _ interpreter: Interpreter, _ position: Position
    ) throws -> Figure {
        let saved = interpreter.outputs
        interpreter.outputs = []
        defer { interpreter.outputs = saved }
        _ = try interpreter.callFunction(body, value, at: position)
        interpreter.flushFigure()
        let figures = interpreter.outputs.compactMap { output -> Figure? in
            if case .figure(let figure) = output { figure } else { nil }
        }
        guard figures.count == 1 else {
            throw LanguageError(
                message: "`slider`'s closure must draw exactly one figure for each value; for \(Display.repr(value)) "
                    + "it drew \(figures.count)", position: position)
        }
        return figures[0]
    }
}
