extension ReferenceExamples {
    static let figures: [String: ReferenceExample] = [
        "plot": """
            let xs = linspace(-2, 2, 41)
            plot(xs, xs ** 2, label: "$x^2$")
            """,
        "scatter": "scatter([1, 2, 3], [2, 1, 3], color: \"red\")",
        "figure": """
            figure(figsize: (6, 3))
            plot([0, 1], [0, 1])
            """,
        "title": """
            plot([0, 1], [1, 0])
            title("A falling line")
            """,
        "xlabel": """
            plot([0, 1], [0, 1])
            xlabel("step $t$")
            """,
        "ylabel": """
            plot([0, 1], [0, 1])
            ylabel("loss")
            """,
        "legend": """
            plot([0, 1], [0, 1], label: "rising")
            plot([0, 1], [1, 0], label: "falling")
            legend()
            """,
        "grid": """
            plot([0, 1], [0, 1])
            grid(true)
            """,
        "xlim": """
            plot([0, 1], [0, 1])
            xlim(-1, 2)
            """,
        "ylim": """
            plot([0, 1], [0, 1])
            ylim(0, 5)
            """,
        "show": """
            plot([0, 1], [0, 1])
            show()
            plot([0, 1], [1, 0])
            """,
        "subplot": """
            subplot(1, 2, 1)
            plot([0, 1], [0, 1])
            subplot(1, 2, 2)
            plot([0, 1], [1, 0])
            """,
        "suptitle": """
            subplot(1, 2, 1)
            plot([0, 1], [0, 1])
            subplot(1, 2, 2)
            plot([0, 1], [1, 0])
            suptitle("Two panels")
            """,
        "axhline": """
            plot([0, 1], [0, 2])
            axhline(1, color: "gray", linestyle: "--")
            """,
        "axvline": """
            plot([0, 1], [0, 2])
            axvline(0.5)
            """,
        "text": """
            plot([0, 1], [0, 1])
            text(0.5, 0.5, "middle")
            """,
        "annotate": """
            plot([0, 1], [0, 1])
            annotate("the end", xy: (1, 1), xytext: (0.5, 0.8))
            """,
        "xscale": """
            plot([1, 10, 100], [1, 2, 3])
            xscale("log")
            """,
        "yscale": """
            plot([1, 2, 3], [1, 10, 100])
            yscale("log")
            """,
        "axis": """
            plot([0, 1], [0, 2])
            axis("equal")
            """,
        "centerAxes": """
            plot([-1, 1], [-1, 1])
            centerAxes()
            """,
        "xticks": """
            plot([0, 1, 2], [0, 1, 4])
            xticks([0, 1, 2], ["a", "b", "c"])
            """,
        "yticks": """
            plot([0, 1, 2], [0, 1, 4])
            yticks([0, 2, 4])
            """,
        "bar": "bar([1, 2, 3], [4, 1, 2], color: \"teal\")",
        "hist": """
            let (counts, edges) = hist([1, 2, 2, 3, 3, 3], bins: 3)
            counts //=> [1, 2, 3]
            """,
        "contour": "contour({ x, y in x * x + y * y }, -1...1, -1...1, levels: 4)",
        "contourf": "contourf({ x, y in x * y }, -1...1, -1...1, cmap: \"viridis\")",
        "pcolormesh": "pcolormesh([1, 2, 3], [1, 2], [[1, 2, 3], [4, 5, 6]], vmin: 0, vmax: 6)",
        "imshow": """
            imshow([[0, 1, 2], [3, 4, 5]], cmap: "gray")
            colorbar()
            """,
        "colorbar": """
            pcolormesh([1, 2], [1, 2], [[1, 2], [3, 4]])
            colorbar(label: "height")
            """,
        "decisionBoundary": """
            let X = tensor([[0, 0], [1, 1], [2, 2], [3, 3]])
            decisionBoundary({ x1, x2 in x1 - 1.5 }, X, [0, 0, 1, 1], threshold: 0, n: 10) //=> 1.0
            """,
        "surface": "surface({ x, y in x * x + y * y }, -1...1, -1...1, n: 8)",
        "viewInit": """
            surface({ x, y in x * y }, -1...1, -1...1, n: 8)
            viewInit(elev: 30, azim: 45)
            """,
        "zlabel": """
            surface({ x, y in x * y }, -1...1, -1...1, n: 8)
            zlabel("loss")
            """,
        "zlim": """
            surface({ x, y in x * y }, -1...1, -1...1, n: 8)
            zlim(-2, 2)
            """,
        "animate": "animate(0..<3, interval: 0.2) { k in plot([0, k], [0, 1]) }",
        "slider": "slider([1, 2, 3], label: \"$k$\", initial: 2) { k in plot([0, 1], [0, k]) }",
        "drawDot": """
            let a = Value(2.0)
            let b = a * a + 1
            b.backward()
            drawDot(b)
            """,
        "tangent": """
            plot(linspace(-1, 1, 21), linspace(-1, 1, 21) ** 3)
            tangent({ x in x ** 3 }, at: 0.5, span: 0.4) //=> 0.75
            """,
        "savefig": """
            plot([0.0, 1.0, 4.0])
            savefig("parabola.svg")
            """,
    ]
}
