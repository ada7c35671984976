extension HTMLRenderer {
    /// Styles for values computed into the prose, kept apart from the base sheet.
    static let valueStyleSheet = """
        .nn-value { border-bottom: 1px dotted var(--muted); }
        .nn-value.fail { color: var(--fail); background: var(--fail-bg); border-bottom-color: var(--fail); }
        .nn-value.fail s { color: var(--muted); }
        code.nn-value.error { color: var(--fail); background: var(--fail-bg); }

        """

    /// Every rule a lesson page uses: the embedded sheet of a standalone page, the start of a site's.
    public static var pageStyleSheet: String {
        styleSheet + valueStyleSheet + readerStyleSheet
    }
}
