/// TeX's classes of atoms, which decide the space between neighbours: `+` is `bin`, `=` is `rel`, `\sum` is `op`.
enum AtomClass: Hashable, Sendable {
    case ord, op, bin, rel, open, close, punct, inner
}

/// Where `_` and `^` go on a base.
enum LimitsPlacement: Hashable, Sendable {
    /// Beside the base, as on a variable.
    case beside
    /// Under and over in display style, beside inline (`\sum`, `\lim`): MathML's `movablelimits`.
    case movable
    /// Always under and over (`\underbrace`, `\sum\limits`).
    case always
}

/// A piece of a parsed formula. Each command family defines its own nodes, holding both renderings:
/// MathML for pages and runs for SVG text.
protocol MathNode: Sendable {
    var atomClass: AtomClass { get }
    var limits: LimitsPlacement { get }
    /// Named operators (`\log`) and dots are drawn without the browser's operator spacing, so the row
    /// around them adds TeX's thin spaces itself.
    var spacedByRow: Bool { get }
    func mathML() -> MathML
    func runs(_ writer: inout RunWriter)
    /// This node with `\limits` or `\nolimits` applied; nil when it is not an operator that can take them.
    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)?
    /// True for what a definition or `\tag` leaves behind, which lists drop.
    var leavesNothing: Bool { get }
}

extension MathNode {
    var atomClass: AtomClass { .ord }
    var limits: LimitsPlacement { .beside }
    var spacedByRow: Bool { false }
    func placingLimits(_ placement: LimitsPlacement) -> (any MathNode)? { nil }
    var leavesNothing: Bool { false }
}
