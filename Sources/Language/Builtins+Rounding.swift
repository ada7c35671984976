import Engine
import Foundation

// The short form of number formatting for lessons: `x.rounded(to: 3)` is x rounded to 3 decimal places, which
// prints in the fewest digits (`3.142`, `0.5`), for `print` and string interpolation. `String(format:)` fixes
// the width and the digits shown (`"%.3f"` keeps trailing zeros).

extension Builtins {
    static let roundingMethods: [Builtin] = ["Double", "Int", "Tensor"].map(rounding) + [
        Builtin("squareRoot", on: "Double", doc: "The square root, as Swift's `x.squareRoot()`; like `sqrt(x)`.") {
            args, _, _ in .double(Foundation.sqrt(args.receiver.number ?? .nan))
        },
        Builtin(
            "isMultiple", on: "Int", [.labeled("of")],
            doc: "Whether the Int is a multiple of `of:`, as Swift's: `9.isMultiple(of: 3)`; only 0 is a multiple of 0."
        ) { args, _, _ in
            guard case .int(let n) = args.receiver else { return .bool(false) }
            let divisor = try args.int("of")
            // Int.min is a multiple of -1, though dividing it overflows.
            return .bool(divisor == 0 ? n == 0 : divisor == -1 || n % divisor == 0)
        },
        Builtin(
            "quotientAndRemainder", on: "Int", [.labeled("dividingBy")],
            doc: "Swift's `(quotient, remainder)`, rounding toward zero (so the remainder takes the Int's sign, unlike "
                + "`%`, which follows Python): `(-7).quotientAndRemainder(dividingBy: 2)` is `(-3, -1)`."
        ) { args, _, position in
            guard case .int(let n) = args.receiver else { return .void }
            let divisor = try args.int("dividingBy")
            guard divisor != 0 else { throw args.error("dividingBy", "division by zero") }
            guard !(n == .min && divisor == -1) else {
                throw LanguageError(message: "`quotientAndRemainder` overflows: \(n) divided by -1", position: position)
            }
            let (quotient, remainder) = n.quotientAndRemainder(dividingBy: divisor)
            return .tuple([.int(quotient), .int(remainder)])
        },
    ]

    private static func rounding(on receiver: String) -> Builtin {
        Builtin(
            "rounded", on: receiver, [.labeled("to", .void)],
            doc: "Rounded to `to:` decimal places (0...15) from the exact binary value, a tie going to even as in "
                + "Python's round: `x.rounded(to: 3)`; `x.rounded()` is Swift's, halves away from zero. Elementwise on a tensor."
        ) { args, _, _ in
            guard args.has("to") else {
                switch args.receiver {
                case .double(let d): return .double(d.rounded())
                case .tensor(let t): return .tensor(Tensor(t.data.map { $0.rounded() }, shape: t.shape))
                default: return args.receiver
                }
            }
            let places = try args.int("to")
            guard (0...15).contains(places) else { throw args.error("to", "`rounded(to:)` needs 0...15 decimal places") }
            switch args.receiver {
            case .double(let d): return .double(FormatString.rounded(d, places: places))
            case .tensor(let t): return .tensor(Tensor(t.data.map { FormatString.rounded($0, places: places) }, shape: t.shape))
            default: return args.receiver
            }
        }
    }
}
