extension HTMLRenderer {
    /// Styles for values computed into the prose, kept apart from the base sheet.
    static let valueStyleSheet = """
        .nn-value { border-bottom: 1px dotted var(--muted); }
        .nn-value.fail { color: var(--fail); background: var(--fail-bg); border-bottom-color: var(--fail); }
        .nn-value.fail s { color: var(--muted); }
        code.nn-value.error { color: var(--fail); background: var(--fail-bg); }
        .nn-value .stated { color: var(--muted); font-size: 0.85em; }
        .check .computed { color: var(--muted); font-style: italic; }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip-path: inset(50%); white-space: nowrap; border: 0;
        }

        """

    /// Every rule a lesson page uses: the embedded sheet of a standalone page, the start of a site's. Composed
    /// once: the figure colours' contrast search takes a few million instructions.
    public static let pageStyleSheet = styleSheet + valueStyleSheet + readerStyleSheet
}
