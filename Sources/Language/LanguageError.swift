/// A syntax or runtime error inside one cell, in cell coordinates; `Session` maps it to the lesson file.
struct LanguageError: Error {
    var message: String
    var position: Position
    var length: Int = 1
    var suggestion: String?
}
