import Figures

/// What the figure builtins share: reading colours, format strings, ranges, grids and functions from their
/// arguments, and drawing into the cell's current figure.
enum FigureArguments {
    /// A colour name or `#rrggbb` as `#rrggbb`.
    static func color(_ args: Arguments, _ parameter: String) throws -> String {
        let name = try args.string(parameter)
        guard let hex = Colors.hex(name) else { throw args.error(parameter, "unknown colour `\(name)`") }
        return hex
    }

    static func colormap(_ args: Arguments, _ parameter: String = "cmap") throws -> Colormap {
        let name = try args.string(parameter)
        guard let map = Colormap(name: name) else {
            let known = Colormap.allCases.map(\.rawValue).joined(separator: ", ")
            throw args.error(parameter, "unknown colour map `\(name)`; known maps: \(known)")
        }
        return map
    }

    /// `"-"`, `"--"`, `"-."`, `":"`, `"solid"`, `"dashed"`, `"dashdot"`, `"dotted"`, `"none"`.
    static func lineStyle(_ args: Arguments, _ parameter: String = "linestyle") throws -> LineStyle {
        let name = try args.string(parameter)
        switch name {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case "-.", "dashdot": return .dashDot
        case ":", "dotted": return .dotted
        case "", " ", "none", "None": return .none
        default: throw args.error(parameter, "unknown line style `\(name)`; use \"-\", \"--\", \"-.\", \":\" or \"none\"")
        }
    }

    static func numbers(_ value: RuntimeValue, _ name: String, _ position: Position) throws -> [Double] {
        guard let numbers = TensorConversion.numbers(value) else {
            throw LanguageError(message: "`\(name)` needs a 1-d array of numbers, not \(value.typeName)", position: position)
        }
        return numbers
    }

    /// The ends of a range such as `-5...5`, as Doubles with the lower first.
    static func bounds(_ value: RuntimeValue, _ name: String, _ position: Position) throws -> ClosedRange<Double> {
        guard case .range(let lo, let hi, _) = value, let a = lo.number, let b = hi.number, a < b, a.isFinite, b.isFinite
        else {
            throw LanguageError(message: "`\(name)` needs a range with finite ends such as -5...5, not \(value.typeName)",
                                position: position)
        }
        return a...b
    }

    /// A number in 0…1 for `alpha:`.
    static func alpha(_ args: Arguments) throws -> Double {
        let value = try args.double("alpha")
        guard value >= 0, value <= 1 else { throw args.error("alpha", "`alpha` must be between 0 and 1") }
        return value
    }

    /// Calls `f` with numbers and reads a number back; a result that is not a number is an error.
    static func call(
        _ f: FunctionValue, _ inputs: [Double], _ name: String, _ interpreter: Interpreter, _ position: Position
    ) throws -> Double {
        let result = switch inputs.count {
        case 1: try interpreter.callFunction(f, .double(inputs[0]), at: position)
        case 2: try interpreter.callFunction(f, .double(inputs[0]), .double(inputs[1]), at: position)
        default: try interpreter.callFunction(f, inputs.map(RuntimeValue.double), at: position)
        }
        guard result.isNumeric, let value = result.number else {
            throw LanguageError(
                message: "`\(name)` needs `\(f.name)` to return numbers, but it returned \(result.typeName)",
                position: position)
        }
        return value
    }

    /// Numbers over a grid: `(xs, ys, Z)` with Z of shape (ys.count, xs.count), or `(f, xRange, yRange)`
    /// with f evaluated at `count × count` points.
    static func grid(
        _ positional: [RuntimeValue], count: Int, _ name: String, _ interpreter: Interpreter, _ position: Position
    ) throws -> GridValues {
        if positional.count == 3, case .function(let f) = positional[0] {
            let x = try bounds(positional[1], name, position), y = try bounds(positional[2], name, position)
            return try GridValues(x: x, y: y, count: count) { try call(f, [$0, $1], name, interpreter, position) }
        }
        guard positional.count == 3 else {
            throw LanguageError(message: "`\(name)` takes (xs, ys, Z) or (f, xRange, yRange)", position: position)
        }
        let xs = try numbers(positional[0], name, position), ys = try numbers(positional[1], name, position)
        guard let z = TensorConversion.tensor(positional[2]), z.shape == [ys.count, xs.count],
              let grid = GridValues(xs: xs, ys: ys, values: z.data)
        else {
            throw LanguageError(
                message: "`\(name)` needs Z with one row per y and one column per x (shape (\(ys.count), \(xs.count))), "
                    + "at least 2 × 2", position: position)
        }
        return grid
    }
}

extension Interpreter {
    func withFigure(_ change: (inout Figure) -> Void) {
        var figure = currentFigure ?? Figure()
        change(&figure)
        currentFigure = figure
    }

    /// Changes the current panel of the current figure.
    func withAxes(_ change: (inout Axes) -> Void) {
        withFigure { change(&$0.axes) }
    }

    func draw(_ mark: Mark) {
        withFigure { $0.marks.append(mark) }
    }
}
