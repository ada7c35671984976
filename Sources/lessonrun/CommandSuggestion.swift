import Foundation
import Language

/// A first argument that is neither a command nor a file would be taken for the lesson to render; when it is
/// close to a command's name, it was meant as that command.
enum CommandSuggestion {
    static let commands = ["render", "check", "build", "eval", "serve", "repl", "help"]

    /// "unknown command `chek`; did you mean `check`?", or nil when `argument` is a command, an option, a path
    /// or far from every command.
    static func message(for argument: String) -> String? {
        guard !argument.hasPrefix("-"), !argument.contains("/"), !argument.contains("."),
              !commands.contains(argument), !FileManager.default.fileExists(atPath: argument),
              let nearest = Suggestion.nearest(to: argument, in: commands)
        else { return nil }
        return "lessonrun: unknown command `\(argument)`; did you mean `\(nearest)`?"
    }
}
