@testable import Math

/// The MathML inside `<math>` for an inline formula, which is what most tests state.
func body(_ tex: String) -> String {
    let markup = TeX.mathML(tex, display: false).markup
    guard let open = markup.firstIndex(of: ">"), markup.hasSuffix("</math>") else { return markup }
    return String(markup[markup.index(after: open)..<markup.index(markup.endIndex, offsetBy: -7)])
}

func warnings(_ tex: String) -> [MathWarning] {
    TeX.mathML(tex, display: false).warnings
}

/// `<mi>x</mi>` and its kin, to keep expected markup short.
func mi(_ text: String) -> String { "<mi>\(text)</mi>" }
func mn(_ text: String) -> String { "<mn>\(text)</mn>" }
func mo(_ text: String) -> String { "<mo>\(text)</mo>" }
/// An operator spaced as an ordinary atom: a sign, a prime, a slash.
func ord(_ text: String) -> String { "<mo lspace=\"0em\" rspace=\"0em\">\(text)</mo>" }
/// A bracket typed without `\left`, which keeps its size.
func fixed(_ text: String) -> String { "<mo stretchy=\"false\">\(text)</mo>" }
func row(_ parts: String...) -> String { "<mrow>\(parts.joined())</mrow>" }

/// The text of the runs, each marked with its style and script steps when they are not plain.
func runs(_ tex: String) -> [String] {
    TeX.runs(tex).map { run in
        let style = run.style == .normal ? "" : "[\(run.style)]"
        let scripts = run.scripts.map { $0 == .superscript ? "^" : "_" }.joined()
        return scripts + run.text + style
    }
}
