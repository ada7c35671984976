/// `cases`: a left brace before rows of a value and its condition, both aligned left.
enum Cases {
    static let environments: [Environment] = [
        Environment("cases", doc: "cases after a brace: value & condition \\\\ …") { body, _, _ in
            TableNode(rows: body.rows, columnAlignment: ["left"], styleClass: "cases", open: "{")
        },
        Environment("rcases", doc: "cases before a closing brace") { body, _, _ in
            TableNode(rows: body.rows, columnAlignment: ["left"], styleClass: "cases", close: "}")
        },
        Environment("dcases", doc: "cases in display size") { body, _, _ in
            TableNode(rows: body.rows, columnAlignment: ["left"], styleClass: "cases", displayStyle: true, open: "{")
        },
        Environment("drcases", doc: "cases in display size before a closing brace") { body, _, _ in
            TableNode(rows: body.rows, columnAlignment: ["left"], styleClass: "cases", displayStyle: true, close: "}")
        },
    ]
}
