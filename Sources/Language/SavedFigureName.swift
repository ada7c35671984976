/// The names `savefig` accepts: a plain file name ending in `.svg`, written into the output folder beside the
/// page. Letters, digits, `-`, `_` and `.` only, so the name is the same file on every system and needs no
/// escaping in a link; no folders, no `..`, no hidden names.
public enum SavedFigureName {
    public static let maximumLength = 100

    /// Why `name` cannot be used, or nil when it can.
    public static func problem(_ name: String) -> String? {
        guard name.hasSuffix(".svg"), name.count > 4 else {
            return "`savefig` writes SVG files: the name must end in `.svg`, as in \"loss.svg\""
        }
        if name.contains("/") || name.contains("\\") {
            return "`savefig` takes a plain file name, not a path; the file is written beside the page"
        }
        if name.hasPrefix(".") { return "`savefig` does not write hidden files (names starting with `.`)" }
        guard name.count <= maximumLength else { return "a saved figure's name may be at most \(maximumLength) characters" }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            return "a saved figure's name may hold only letters, digits, `-`, `_` and `.`"
        }
        return nil
    }
}
