import CommandSupport

/// The plain invocations, `lessonrun LESSON.md` and `lessonrun render LESSON.md` (with `-o DIR` or without) and
/// `lessonrun eval FILE`, run without ArgumentParser. Its parse reflects over every option with `Mirror` and dynamic
/// casts, which in the static binary scan the runtime's conformance tables: about 18 M instructions, 4 ms, before
/// any work, against tens of milliseconds for a whole lesson. The defaults are the ones the options declare.
/// Anything else (another option, `-` for standard input, another command, help) is parsed by ArgumentParser.
enum QuickInvocation {
    /// Runs `arguments` when they are a plain invocation and returns true; false when ArgumentParser should parse them.
    static func run(_ arguments: [String]) throws -> Bool {
        guard let (positional, output) = outputOption(arguments) else { return false }
        switch (positional.first, positional.count) {
        case ("render", 2):
            try render(positional[1], output: output)
        case ("eval", 2) where output == nil:
            try Eval.evaluate(positional[1], limits: LimitOptions.limits())
        case (let lesson?, 1) where !subcommandNames.contains(lesson):
            try render(lesson, output: output)
        default:
            return false
        }
        return true
    }

    /// The arguments other than `-o DIR` (`--output DIR`, `--output=DIR`), and that folder; nil when there is any
    /// other option, or `-o` more than once or without a value.
    private static func outputOption(_ arguments: [String]) -> (positional: [String], output: String?)? {
        var positional: [String] = []
        var output: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                positional.append(argument)
                continue
            }
            guard output == nil else { return nil }
            if argument.hasPrefix("--output="), argument.count > 9 {
                output = String(argument.dropFirst(9))
            } else if argument == "-o" || argument == "--output", index < arguments.count, !arguments[index].hasPrefix("-") {
                output = arguments[index]
                index += 1
            } else {
                return nil
            }
        }
        return positional.isEmpty ? nil : (positional, output)
    }

    private static func render(_ lesson: String, output: String?) throws {
        try Render.render(
            lesson, output: output ?? Render.defaultOutput, limits: LimitOptions.limits(),
            lessonTimeout: LessonLimitOptions.defaultLessonTimeout)
    }

    /// Names that ArgumentParser takes as a command rather than as a lesson.
    private static var subcommandNames: Set<String> {
        Set(Lessonrun.configuration.subcommands.map { $0._commandName } + ["help"])
    }
}
