import Figures

extension HTMLRenderer {
    /// Rules for reading comfort, kept apart from the base sheet: figure colours that follow the light or dark
    /// scheme.
    static var readerStyleSheet: String {
        FigureTheme.styleRules
    }
}
