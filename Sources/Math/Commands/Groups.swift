/// `\begingroup … \endgroup`: a group, as braces make one; TeX lets either close the other.
enum Groups {
    static let commands: [Command] = [
        Command("begingroup", doc: "opens a group that \\endgroup (or }) closes") { parser, call throws(MathError) in
            let list = try parser.parseList(until: .brace)
            try parser.expectClosingBrace(for: call.token)
            return RowNode(list, group: true)
        },
        Command("endgroup", doc: "closes a group that \\begingroup (or {) opened") { _, call throws(MathError) in
            throw MathError("\\endgroup closes nothing", at: call.range)
        },
    ]
}
