/// Arrows and harpoons beyond `Operators`, with the short names (`\rArr`, `\larr`) HTML authors know. All
/// are relations; `ArrowTests` checks each against its Unicode name.
enum Arrows {
    static let symbols: [Symbol] = arrows.map { Symbol.relation($0.0, $0.1) }

    static let arrows: [(String, String)] = [
        ("longleftrightarrow", "⟷"), ("hookleftarrow", "↩"), ("leadsto", "⇝"), ("rightsquigarrow", "⇝"),
        ("leftrightsquigarrow", "↭"), ("twoheadrightarrow", "↠"), ("twoheadleftarrow", "↞"),
        ("Downarrow", "⇓"), ("Uparrow", "⇑"), ("Updownarrow", "⇕"), ("updownarrow", "↕"), ("nwarrow", "↖"),
        ("swarrow", "↙"), ("leftarrowtail", "↢"), ("rightarrowtail", "↣"), ("looparrowleft", "↫"),
        ("looparrowright", "↬"), ("curvearrowleft", "↶"), ("curvearrowright", "↷"), ("circlearrowleft", "↺"),
        ("circlearrowright", "↻"), ("Lsh", "↰"), ("Rsh", "↱"), ("leftleftarrows", "⇇"),
        ("rightrightarrows", "⇉"), ("leftrightarrows", "⇆"), ("rightleftarrows", "⇄"), ("upuparrows", "⇈"),
        ("downdownarrows", "⇊"), ("Lleftarrow", "⇚"), ("Rrightarrow", "⇛"), ("leftharpoonup", "↼"),
        ("leftharpoondown", "↽"), ("rightharpoondown", "⇁"), ("upharpoonleft", "↿"), ("upharpoonright", "↾"),
        ("downharpoonleft", "⇃"), ("downharpoonright", "⇂"), ("restriction", "↾"), ("leftrightharpoons", "⇋"),
        ("rightleftharpoons", "⇌"), ("dashleftarrow", "⇠"), ("dashrightarrow", "⇢"), ("nleftarrow", "↚"),
        ("nrightarrow", "↛"), ("nLeftarrow", "⇍"), ("nRightarrow", "⇏"), ("nleftrightarrow", "↮"),
        ("nLeftrightarrow", "⇎"), ("larr", "←"), ("rarr", "→"), ("lrarr", "↔"), ("harr", "↔"), ("Larr", "⇐"),
        ("lArr", "⇐"), ("Rarr", "⇒"), ("rArr", "⇒"), ("Lrarr", "⇔"), ("lrArr", "⇔"), ("Harr", "⇔"),
        ("hArr", "⇔"), ("uarr", "↑"), ("darr", "↓"), ("Uarr", "⇑"), ("uArr", "⇑"), ("Darr", "⇓"), ("dArr", "⇓"),
    ]
}
