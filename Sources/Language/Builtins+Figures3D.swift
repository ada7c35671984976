import Figures

/// 3-D panels: surfaces, the camera, and the z axis. Lines and points join them with `zs:`.
extension Builtins {
    static let figures3D: [Builtin] = [
        Builtin(
            "surface",
            [.labeled("n", .int(30)), .labeled("cmap", .void), .labeled("alpha", .void), .labeled("label", .void)],
            variadic: true,
            doc: "Draws z = f(x, y) over two ranges (n points a side), or Z over (xs, ys), as a 3-D surface "
                + "coloured by height; the panel becomes 3-D. A Z of more than 80 rows or columns is drawn at every "
                + "k-th row and column and the last, as matplotlib samples a surface."
        ) { args, interpreter, position in
            let count = try args.int("n")
            guard (2...80).contains(count) else { throw args.error("n", "`surface` samples f on 2 to 80 points a side") }
            let grid = try FigureArguments.grid(args.rest, count: count, "surface", interpreter, position)
            var mark = SurfaceMark(grid: grid.thinned(toAtMost: 80))
            if args.has("cmap") { mark.colormap = try FigureArguments.colormap(args) }
            if args.has("alpha") { mark.alpha = try FigureArguments.alpha(args) }
            if args.has("label") { mark.label = Display.text(args["label"]) }
            interpreter.withAxes { axes in
                if axes.view == nil { axes.view = View3D() }
                axes.marks.append(.surface(mark))
            }
            return .void
        },
        Builtin(
            "viewInit", [.labeled("elev", .double(30)), .labeled("azim", .double(-60))],
            doc: "Sets where a 3-D panel is seen from: elevation and azimuth in degrees (matplotlib's view_init)."
        ) { args, interpreter, _ in
            let view = View3D(azimuth: try args.double("azim"), elevation: try args.double("elev"))
            guard view.azimuth.isFinite, view.elevation.isFinite else {
                throw args.error("elev", "`viewInit` needs finite angles")
            }
            interpreter.withAxes { $0.view = view }
            return .void
        },
        Builtin("zlabel", [.positional("text")], doc: "Labels the z axis of a 3-D panel; TeX between $…$ is allowed.") {
            args, interpreter, _ in
            let text = Display.text(args["text"])
            interpreter.withAxes { $0.zlabel = text }
            return .void
        },
        limits("zlim", "Sets the z range of a 3-D panel; a surface is cut off there.") { $0.zlim = $1 },
    ]
}
