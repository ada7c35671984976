import Testing
@testable import Figures

@Suite struct FigureThemeTests {
    @Test func contrastFollowsWCAG() {
        #expect(abs(FigureTheme.contrast("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(FigureTheme.contrast("#ffffff", "#ffffff") - 1) < 1e-9)
        // WebAIM's checker gives 4.54:1 for #767676 on white.
        #expect(abs(FigureTheme.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test(arguments: FigureTheme.paletteColors)
    func everyPaletteColourStandsOutOnBothThemes(hex: String) {
        #expect(FigureTheme.contrast(FigureTheme.light(hex), FigureTheme.lightBackground) >= 3)
        #expect(FigureTheme.contrast(FigureTheme.dark(hex), FigureTheme.darkBackground) >= 3)
    }

    @Test func theDefaultCycleIsCovered() {
        #expect(Set(Colors.tab10).isSubset(of: FigureTheme.paletteColors))
        #expect(FigureTheme.paletteColors.contains("#0000ff"))
    }

    @Test func coloursWithEnoughContrastAreKept() {
        #expect(FigureTheme.light("#1f77b4") == "#1f77b4")
        #expect(FigureTheme.dark("#ff7f0e") == "#ff7f0e")
        // Pure blue nearly vanishes on the dark page, so it is lightened; orange on white is darkened.
        #expect(FigureTheme.dark("#0000ff") != "#0000ff")
        #expect(FigureTheme.light("#ff7f0e") != "#ff7f0e")
    }

    @Test func theRulesGiveEachColourALightAndADarkValue() {
        let css = FigureTheme.styleRules
        #expect(css.contains("--lr-0000ff: #0000ff;"))
        #expect(css.contains("--lr-0000ff: \(FigureTheme.dark("#0000ff"));"))
        #expect(css.contains("@media screen and (prefers-color-scheme: dark)"))
        #expect(css.contains("svg [stroke=\"#0000ff\"] { stroke: var(--lr-0000ff); }"))
        #expect(css.contains("svg [fill=\"#1f77b4\"] { fill: var(--lr-1f77b4); }"))
        #expect(!css.contains("--lr-ffffff"))
    }
}
