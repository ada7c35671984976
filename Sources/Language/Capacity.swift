/// Fixed bounds on how large one value may grow in one step, so that untrusted code doubling a string or an
/// array in a loop (40 doublings make a trillion) meets an error instead of an allocation failure.
enum Capacity {
    /// Elements of an array made at once: from a range, a tensor's rows, or `append(contentsOf:)`.
    static let arrayCount = 10_000_000
    /// UTF-8 bytes of a string.
    static let stringLength = 10_000_000

    /// Throws when a string of `bytes` UTF-8 bytes would be longer than `stringLength`.
    static func checkLength(_ bytes: Int, at position: Position) throws {
        guard bytes <= stringLength else {
            throw LanguageError(message: "a string may hold at most \(stringLength) bytes", position: position)
        }
    }
}
