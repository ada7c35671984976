import Language

/// Problems the render stage finds (a formula that cannot be read, say), collected as it goes. A reference,
/// so rendering code that does not mutate the renderer can still report. Warnings here make `check` fail.
final class RenderFindings {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
