import Foundation
import Testing
@testable import Language

/// `%` on Doubles as Python and numpy compute it: the result takes the divisor's sign, a zero included. The
/// expected values are Python 3.11's, written out by hand.
@Suite struct FloatRemainderTests {
    @Test func pythonsValues() {
        let cases: [(Double, Double, Double)] = [
            (7.5, 2, 1.5), (-7.5, 2, 0.5), (7, -3, -2), (-7, 3, 2), (1e300, 7, 1), (9007199254740993, 2, 0),
            (0.3, 0.1, 0.09999999999999998), (-1e-300, 1, 1), (5, .infinity, 5), (-5, .infinity, .infinity),
            (123456789, 1000, 789), (-123456789, 1000, 211),
        ]
        for (a, b, expected) in cases {
            #expect(Operators.floatRemainder(a, b) == expected, "\(a) % \(b)")
        }
        #expect(Operators.floatRemainder(5, 0).isNaN)
        #expect(Operators.floatRemainder(.infinity, 3).isNaN)
    }

    @Test func aZeroTakesTheDivisorsSign() {
        for (a, b, negative) in [(-4.0, 2.0, false), (4.0, -2.0, true), (-0.0, 5.0, false), (0.0, -5.0, true),
                                 (-6e15, 3.0, false), (-1e300, 2.0, false), (1e300, -2.0, true)] {
            let r = Operators.floatRemainder(a, b)
            #expect(r == 0 && (r.sign == .minus) == negative, "\(a) % \(b)")
        }
    }

    @Test func wholeNumbersGiveFmodsValues() {
        // The Int path against fmod, with the sign rule applied to both, over whole numbers near every edge.
        let values: [Double] = [0, 1, 2, 3, 7, 1000, 0x1p52, 0x1p53 - 1, -(0x1p53 - 1), 4503599627370497, -3, -1e15]
        for a in values {
            for b in values where b != 0 {
                let r = fmod(a, b)
                let expected = r == 0 ? (b < 0 ? -0.0 : 0.0) : ((r < 0) != (b < 0) ? r + b : r)
                let got = Operators.floatRemainder(a, b)
                #expect(got == expected && got.sign == expected.sign, "\(a) % \(b)")
            }
        }
    }

    @Test func cellsAndTensorsAgree() {
        #expect(runCell("-4.0 % 2.0").outputs.last == .value("0.0"))
        #expect(runCell("4.0 % -2.0").outputs.last == .value("-0.0"))
        #expect(runCell("tensor([-4.0, 5.5, -5.5]) % 2.0").outputs.last == .value("[0.0, 1.5, 0.5]"))
    }
}
