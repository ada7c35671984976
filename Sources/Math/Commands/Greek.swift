/// Greek letters: lowercase italic like other variables, capitals upright as TeX sets them, and italic
/// capitals as `\varGamma`.
enum Greek {
    static let symbols: [Symbol] = lowercase.map { Symbol($0.0, $0.1, .identifier) }
        + uppercase.map { Symbol($0.0, $0.1, .identifier, upright: true) }
        + uppercase.prefix(11).map { Symbol("var" + $0.0, $0.1, .identifier) }

    private static let lowercase: [(String, String)] = [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"), ("varepsilon", "ε"),
        ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"), ("iota", "ι"), ("kappa", "κ"),
        ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"),
        ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"),
        ("upsilon", "υ"), ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ]

    /// The eleven capitals unlike Latin letters first: only they have `\var` forms.
    private static let uppercase: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
        ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"), ("Alpha", "Α"), ("Beta", "Β"),
        ("Epsilon", "Ε"), ("Zeta", "Ζ"), ("Eta", "Η"), ("Iota", "Ι"), ("Kappa", "Κ"), ("Mu", "Μ"), ("Nu", "Ν"),
        ("Omicron", "Ο"), ("Rho", "Ρ"), ("Tau", "Τ"), ("Chi", "Χ"),
    ]
}
