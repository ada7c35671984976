/// TeX leaves out the medium and thick spaces around operators and relations in script style (`x_{i=1}`,
/// the numerator of an inline fraction), where browsers keep them. This pass finds the parts of a finished
/// MathML tree that the browser sets in script style, following MathML Core's rules for `math-depth`, and
/// gives their operators explicit zero spacing.
enum ScriptStyle {
    static func apply(to element: inout MathML, depth: Int = 0, display: Bool) {
        var depth = depth, display = display
        if let level = element.attributes["scriptlevel"], let absolute = Int(level) { depth = absolute }
        if let style = element.attributes["displaystyle"] { display = style == "true" }
        if element.name == "mo", depth > 0, element.attributes["lspace"] == nil {
            element.attributes["lspace"] = "0em"
            element.attributes["rspace"] = "0em"
        }
        for index in element.children.indices {
            let (childDepth, childDisplay) = place(of: index, in: element, depth: depth, display: display)
            apply(to: &element.children[index], depth: childDepth, display: childDisplay)
        }
    }

    /// The depth and display style of a child: scripts and roots' indices go one level deeper, as do the
    /// parts of a fraction in text style; an accent stays at its base's level.
    private static func place(of index: Int, in element: MathML, depth: Int, display: Bool) -> (Int, Bool) {
        switch element.name {
        case "msub", "msup", "msubsup":
            return index == 0 ? (depth, display) : (depth + 1, false)
        case "munder", "mover", "munderover":
            guard index > 0 else { return (depth, display) }
            let accent = element.name == "munder" || (element.name == "munderover" && index == 1)
                ? element.attributes["accentunder"] : element.attributes["accent"]
            return accent == "true" ? (depth, display) : (depth + 1, false)
        case "mfrac":
            return (display ? depth : depth + 1, false)
        case "mroot":
            return index == 0 ? (depth, display) : (depth + 2, false)
        case "mtable":
            return (depth, element.attributes["displaystyle"] == "true")
        default:
            return (depth, display)
        }
    }
}
