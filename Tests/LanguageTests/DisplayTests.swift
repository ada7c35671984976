import Testing
@testable import Language

/// Floats print as Python's repr does; these are the strings Python 3 prints for the same doubles.
struct DisplayTests {
    @Test(arguments: [
        (3.666666666666667, "3.666666666666667"), (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (0.1, "0.1"),
        (2.0 / 3.0, "0.6666666666666666"), (1e-05, "1e-05"), (0.0001, "0.0001"), (1e16, "1e+16"),
        (1.5e16, "1.5e+16"), (1e15, "1000000000000000.0"), (123456789012345.0, "123456789012345.0"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (Double.leastNonzeroMagnitude, "5e-324"), (-16.0, "-16.0"),
        (0.30000000000000004, "0.30000000000000004"), (12345.678, "12345.678"), (1.2345e-7, "1.2345e-07"),
    ])
    func pythonRepr(value: Double, expected: String) {
        #expect(Display.float(value) == expected)
    }

    @Test func specialValues() {
        #expect(Display.float(.nan) == "nan")
        #expect(Display.float(.infinity) == "inf")
        #expect(Display.float(-.infinity) == "-inf")
    }

    @Test func compositeValues() {
        let value = RuntimeValue.array([.int(1), .double(2.5), .string("a\"b"), .tuple([.bool(true), .double(0)])])
        #expect(Display.repr(value) == #"[1, 2.5, "a\"b", (true, 0.0)]"#)
        #expect(Display.text(.string("raw")) == "raw")
    }
}
