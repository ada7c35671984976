/// The old font switches `\bf`, `\rm`, `\it`, `\sf`, `\tt`, `\cal`: the rest of the group in an alphabet.
enum FontSwitches {
    static let commands: [Command] = [
        ("bf", MathVariant.bold, "bold"), ("rm", .normal, "upright"), ("it", .italic, "italic"),
        ("sf", .sansSerif, "sans-serif"), ("tt", .monospace, "typewriter"), ("cal", .script, "calligraphic"),
    ].map { name, variant, what in
        Command(name, doc: "the rest of the group in \(what) letters") { parser, _ throws(MathError) in
            let outer = parser.font
            parser.font = variant
            defer { parser.font = outer }
            return RowNode(try parser.parseList(until: parser.stops))
        }
    }
}
