import Testing
@testable import Language

/// `//=>` holds a number to the precision it is written with.
struct ExpectationTests {
    @Test func halfAUnitOfTheLastWrittenDigit() {
        #expect(Expected.parse("0.69").matches(.double(0.6851)).passed)
        #expect(Expected.parse("0.69").matches(.double(0.6949)).passed)
        #expect(!Expected.parse("0.69").matches(.double(0.6951)).passed)
        #expect(!Expected.parse("0.69").matches(.double(0.6849)).passed)
    }

    @Test func withoutADecimalPointIsExact() {
        #expect(Expected.parse("10").matches(.int(10)).passed)
        #expect(Expected.parse("10").matches(.double(10)).passed)
        #expect(!Expected.parse("10").matches(.double(10.000000000000002)).passed)
    }

    @Test func fullPrecisionIsAllButExact() {
        #expect(Expected.parse("3.666666666666667").matches(.double(11.0 / 3.0)).passed)
        #expect(!Expected.parse("3.666666666666667").matches(.double(3.666666666666668)).passed)
    }

    @Test func explicitTolerance() {
        #expect(Expected.parse("0.69 ± 0.01").matches(.double(0.699)).passed)
        #expect(!Expected.parse("0.69 +- 0.001").matches(.double(0.6851)).passed)
        #expect(Expected.parse("-15.997 ± 0.001").matches(.double(-15.9970000001)).passed)
    }

    @Test func scientificNotation() {
        #expect(Expected.parse("1.5e-05").matches(.double(1.54e-5)).passed)
        #expect(!Expected.parse("1.5e-05").matches(.double(1.56e-5)).passed)
    }

    @Test func sequencesCompareElementWise() {
        #expect(Expected.parse("[8.0, 3.0]").matches(.array([.double(8), .double(3)])).passed)
        #expect(!Expected.parse("[8.0, 3.0]").matches(.array([.double(8)])).passed)
        #expect(Expected.parse("(1, 0.5)").matches(.tuple([.int(1), .double(0.54)])).passed)
    }

    @Test func stringsBoolsAndText() {
        #expect(Expected.parse(#""hi""#).matches(.string("hi")).passed)
        #expect(!Expected.parse(#""hi""#).matches(.string("hi ")).passed)
        #expect(Expected.parse("true").matches(.bool(true)).passed)
        #expect(Expected.parse("0..<3").matches(.range(.int(0), .int(3), closed: false)).passed)
        #expect(!Expected.parse("true").matches(.int(1)).passed)
    }

    @Test func nanAndInfinity() {
        #expect(Expected.parse("nan").matches(.double(.nan)).passed)
        #expect(Expected.parse("-inf").matches(.double(-.infinity)).passed)
        #expect(!Expected.parse("1.0").matches(.double(.nan)).passed)
    }
}
