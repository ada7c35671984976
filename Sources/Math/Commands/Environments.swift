/// `\begin{name} … \end{name}`; the environments themselves are in Environments/.
enum Environments {
    static let commands: [Command] = [
        Command("begin", doc: "starts an environment: matrix, pmatrix, bmatrix, cases, aligned, array, …") {
            parser, call throws(MathError) in
            try parser.parseEnvironment(at: Token(kind: .command("begin"), range: call.range))
        },
    ] + ["hline", "hdashline"].map { name in
        Command(name, doc: "a \(name == "hline" ? "" : "dashed ")rule above the row it starts, in array and the matrices") {
            _, call throws(MathError) in
            throw MathError("\\\(name) belongs at the start of a row of an array or matrix", at: call.range)
        }
    } + [
        Command("end", doc: "ends the environment \\begin started") { _, call throws(MathError) in
            throw MathError("\\end without a matching \\begin", at: call.range)
        },
    ]
}
