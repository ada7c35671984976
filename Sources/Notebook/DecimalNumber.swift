/// Numbers an author writes in front matter and cell options: decimal notation only. Swift's `Double(_:)` also
/// reads hexadecimal (`0x10`), `inf` and `nan`, and Yams reads base 60 (`1:30`); none of those is what an author
/// means by a tolerance or a timeout.
enum DecimalNumber {
    /// The finite value of `text` in decimal notation (`0.5`, `1e-6`, `2`), or nil.
    static func parse(_ text: String) -> Double? {
        let digits = text.trimmingBlanks()
        guard !digits.isEmpty, digits.utf8.allSatisfy({ allowed.contains($0) }),
              let value = Double(digits), value.isFinite
        else { return nil }
        return value
    }

    private static let allowed = Set("0123456789.eE+-".utf8)
}
