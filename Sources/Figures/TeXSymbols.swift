/// The TeX commands TeX-lite knows, one table per family, each mapping a command name to Unicode.
enum TeXSymbols {
    /// Lowercase Greek, set italic like other math variables.
    static let lowerGreek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
        "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
        "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "ell": "ℓ",
    ]

    /// Uppercase Greek and other upright symbols.
    static let upright: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "nabla": "∇", "partial": "∂", "infty": "∞", "sum": "∑", "prod": "∏", "int": "∫",
        "Vert": "‖", "|": "‖", "vert": "|", "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩",
        "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "cdots": "⋯", "ldots": "…",
        "dots": "…", "prime": "′", "emptyset": "∅", "forall": "∀", "exists": "∃", "neg": "¬",
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_", "#": "#",
    ]

    /// Binary operators and relations, spaced on both sides unless used as a sign.
    static let operators: [String: String] = [
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "circ": "∘",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "equiv": "≡", "propto": "∝", "to": "→", "rightarrow": "→", "leftarrow": "←",
        "Rightarrow": "⇒", "mapsto": "↦", "in": "∈", "notin": "∉", "subset": "⊂", "cup": "∪",
        "cap": "∩", "land": "∧", "lor": "∨", "gets": "←", "ll": "≪", "gg": "≫",
    ]

    /// Characters that act as binary operators or relations when typed directly.
    static let operatorCharacters: [Character: String] = [
        "+": "+", "-": "−", "=": "=", "<": "<", ">": ">", "*": "∗",
    ]

    /// Named functions, set upright: `\log x`.
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "tanh", "sinh", "cosh", "arcsin", "arccos", "arctan",
        "max", "min", "arg", "argmax", "argmin", "sup", "inf", "lim", "det", "dim", "sgn", "Pr", "deg",
    ]

    /// Spacing commands and the space each stands for.
    static let spaces: [String: String] = [
        ",": "\u{2009}", ":": "\u{2005}", ";": "\u{2004}", " ": " ", "quad": "\u{2003}",
        "qquad": "\u{2003}\u{2003}", "!": "", "\\": " ",
    ]

    /// Accents, applied as a combining character after the accented symbol.
    static let accents: [String: String] = [
        "hat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}", "tilde": "\u{0303}",
        "vec": "\u{20D7}", "dot": "\u{0307}", "ddot": "\u{0308}",
    ]

    /// Sizing and delimiter commands with no output of their own.
    static let ignored: Set<String> = [
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "displaystyle", "textstyle", "limits", "nolimits",
    ]

    /// `\mathcal{L}` → ℒ; letters without a Letterlike form use the Mathematical Script block.
    static func calligraphic(_ letter: Character) -> String {
        let special: [Character: String] = [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
        ]
        return special[letter] ?? offset(letter, upperBase: 0x1D49C, lowerBase: 0x1D4B6)
    }

    /// `\mathbb{R}` → ℝ; letters without a Letterlike form use the Double-Struck block.
    static func blackboard(_ letter: Character) -> String {
        let special: [Character: String] = [
            "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
        ]
        return special[letter] ?? offset(letter, upperBase: 0x1D538, lowerBase: 0x1D552)
    }

    private static func offset(_ letter: Character, upperBase: UInt32, lowerBase: UInt32) -> String {
        guard let ascii = letter.asciiValue, letter.isLetter,
              let scalar = Unicode.Scalar(letter.isUppercase
                  ? upperBase + UInt32(ascii - 65) : lowerBase + UInt32(ascii - 97))
        else { return String(letter) }
        return String(Character(scalar))
    }
}
