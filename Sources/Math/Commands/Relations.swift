/// The AMS relations beyond `Operators`: inequalities, similarity, order, sets, turnstiles, the colon
/// relations of mathtools, and their negations. Data only; `RelationTests` checks each against its Unicode name.
enum Relations {
    static let symbols: [Symbol] = (relations + colons + negated).map { Symbol.relation($0.0, $0.1) }

    static let relations: [(String, String)] = [
        ("leqq", "≦"), ("geqq", "≧"), ("lessapprox", "⪅"), ("gtrapprox", "⪆"), ("lessgtr", "≶"),
        ("gtrless", "≷"), ("lesseqgtr", "⋚"), ("gtreqless", "⋛"), ("lesseqqgtr", "⪋"), ("gtreqqless", "⪌"),
        ("lessdot", "⋖"), ("gtrdot", "⋗"), ("lll", "⋘"), ("llless", "⋘"), ("ggg", "⋙"), ("gggtr", "⋙"),
        ("eqslantless", "⪕"), ("eqslantgtr", "⪖"), ("approxeq", "≊"), ("backsim", "∽"), ("backsimeq", "⋍"),
        ("thicksim", "∼"), ("thickapprox", "≈"), ("eqsim", "≂"), ("bumpeq", "≏"), ("Bumpeq", "≎"),
        ("circeq", "≗"), ("eqcirc", "≖"), ("triangleq", "≜"), ("doteqdot", "≑"), ("Doteq", "≑"),
        ("risingdotseq", "≓"), ("fallingdotseq", "≒"), ("preccurlyeq", "≼"), ("succcurlyeq", "≽"),
        ("curlyeqprec", "⋞"), ("curlyeqsucc", "⋟"), ("precsim", "≾"), ("succsim", "≿"), ("precapprox", "⪷"),
        ("succapprox", "⪸"), ("subseteqq", "⫅"), ("supseteqq", "⫆"), ("Subset", "⋐"), ("Supset", "⋑"),
        ("sqsubset", "⊏"), ("sqsupset", "⊐"), ("sqsubseteq", "⊑"), ("sqsupseteq", "⊒"),
        ("vartriangleleft", "⊲"), ("vartriangleright", "⊳"), ("trianglelefteq", "⊴"),
        ("trianglerighteq", "⊵"), ("smile", "⌣"), ("frown", "⌢"), ("smallsmile", "⌣"), ("smallfrown", "⌢"),
        ("dashv", "⊣"), ("vDash", "⊨"), ("Vdash", "⊩"), ("Vvdash", "⊪"), ("between", "≬"), ("pitchfork", "⋔"),
        ("backepsilon", "϶"), ("therefore", "∴"), ("because", "∵"), ("shortmid", "∣"), ("shortparallel", "∥"),
        ("varpropto", "∝"), ("bowtie", "⋈"), ("Join", "⋈"), ("owns", "∋"), ("isin", "∈"), ("sub", "⊂"),
        ("sube", "⊆"), ("supe", "⊇"), ("multimap", "⊸"), ("origof", "⊶"), ("imageof", "⊷"),
        ("lt", "<"), ("gt", ">"),
    ]

    /// mathtools' colon relations, the colon centred on the axis.
    static let colons: [(String, String)] = [
        ("vcentcolon", "∶"), ("ratio", "∶"), ("dblcolon", "∷"), ("coloncolon", "∷"), ("colonequals", "≔"),
        ("coloneq", "∶−"), ("Coloneq", "∷−"), ("Coloneqq", "∷="), ("coloncolonequals", "∷="),
        ("eqqcolon", "≕"), ("equalscolon", "≕"), ("Eqqcolon", "=∷"), ("equalscoloncolon", "=∷"),
        ("eqcolon", "−∶"), ("minuscolon", "−∶"), ("Eqcolon", "−∷"), ("minuscoloncolon", "−∷"),
        ("colonminus", "∶−"), ("coloncolonminus", "∷−"), ("colonapprox", "∶≈"), ("Colonapprox", "∷≈"),
        ("coloncolonapprox", "∷≈"), ("colonsim", "∶∼"), ("Colonsim", "∷∼"), ("coloncolonsim", "∷∼"),
        ("approxcolon", "≈∶"), ("approxcoloncolon", "≈∷"), ("simcolon", "∼∶"), ("simcoloncolon", "∼∷"),
    ]

    /// Negated relations; a few have no character of their own and add U+0338, the combining long solidus.
    static let negated: [(String, String)] = [
        ("nless", "≮"), ("ngtr", "≯"), ("nleq", "≰"), ("ngeq", "≱"), ("nleqslant", "⩽\u{338}"),
        ("ngeqslant", "⩾\u{338}"), ("nleqq", "≦\u{338}"), ("ngeqq", "≧\u{338}"), ("lneq", "⪇"), ("gneq", "⪈"),
        ("lneqq", "≨"), ("gneqq", "≩"), ("lvertneqq", "≨\u{FE00}"), ("gvertneqq", "≩\u{FE00}"), ("lnsim", "⋦"),
        ("gnsim", "⋧"), ("lnapprox", "⪉"), ("gnapprox", "⪊"), ("nprec", "⊀"), ("nsucc", "⊁"),
        ("npreceq", "⋠"), ("nsucceq", "⋡"), ("precneqq", "⪵"), ("succneqq", "⪶"), ("precnsim", "⋨"),
        ("succnsim", "⋩"), ("precnapprox", "⪹"), ("succnapprox", "⪺"), ("nsim", "≁"), ("ncong", "≇"),
        ("nmid", "∤"), ("nshortmid", "∤"), ("nparallel", "∦"), ("nshortparallel", "∦"), ("nvdash", "⊬"),
        ("nvDash", "⊭"), ("nVdash", "⊮"), ("nVDash", "⊯"), ("ntriangleleft", "⋪"), ("ntriangleright", "⋫"),
        ("ntrianglelefteq", "⋬"), ("ntrianglerighteq", "⋭"), ("nsubseteq", "⊈"), ("nsupseteq", "⊉"),
        ("nsubseteqq", "⫅\u{338}"), ("nsupseteqq", "⫆\u{338}"), ("subsetneq", "⊊"), ("supsetneq", "⊋"),
        ("subsetneqq", "⫋"), ("supsetneqq", "⫌"), ("varsubsetneq", "⊊\u{FE00}"), ("varsupsetneq", "⊋\u{FE00}"),
        ("varsubsetneqq", "⫋\u{FE00}"), ("varsupsetneqq", "⫌\u{FE00}"), ("notni", "∌"),
    ]
}
