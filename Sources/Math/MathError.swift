/// A problem found while reading a formula, placed by Unicode-scalar offsets into the TeX.
struct MathError: Error, Hashable, Sendable {
    var message: String
    var range: Range<Int>
    /// The nearest known name, with its backslash, for "did you mean".
    var suggestion: String?

    init(_ message: String, at range: Range<Int>, suggestion: String? = nil) {
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }
}
