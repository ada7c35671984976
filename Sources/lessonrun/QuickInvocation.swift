import CommandSupport

/// The plain invocations, `lessonrun LESSON.md`, `lessonrun render LESSON.md` and `lessonrun eval FILE` with no
/// option at all, run without ArgumentParser. Its parse reflects over every option with `Mirror` and dynamic casts,
/// which in the static binary scan the runtime's conformance tables: about 18 M instructions, 4 ms, before any
/// work, against tens of milliseconds for a whole lesson. The defaults are the ones the options declare. Anything
/// else (an option, `-` for standard input, another command, help) is parsed by ArgumentParser as before.
enum QuickInvocation {
    /// Runs `arguments` when they are a plain invocation and returns true; false when ArgumentParser should parse them.
    static func run(_ arguments: [String]) throws -> Bool {
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else { return false }
        switch (arguments.first, arguments.count) {
        case ("render", 2):
            try render(arguments[1])
        case ("eval", 2):
            try Eval.evaluate(arguments[1], limits: LimitOptions.limits())
        case (let lesson?, 1) where !subcommandNames.contains(lesson):
            try render(lesson)
        default:
            return false
        }
        return true
    }

    private static func render(_ lesson: String) throws {
        try Render.render(
            lesson, output: Render.defaultOutput, limits: LimitOptions.limits(),
            lessonTimeout: LessonLimitOptions.defaultLessonTimeout)
    }

    /// Names that ArgumentParser takes as a command rather than as a lesson.
    private static var subcommandNames: Set<String> {
        Set(Lessonrun.configuration.subcommands.map { $0._commandName } + ["help"])
    }
}
