import Testing
@testable import Language

// Runs every swift-nn program under Cases/ (see CorpusCase for what a case can declare), each in
// a fresh Session with small limits so that runaway cases fail fast.

/// The limits every corpus case runs under.
let corpusLimits = Limits(stepBudget: 2_000_000, maxRecursionDepth: 200)

@Test("corpus case", arguments: Corpus.all)
func corpusCase(_ testCase: CorpusCase) {
    let session = Session(limits: corpusLimits)
    let result = session.run(testCase.source, origin: SourceOrigin(file: testCase.path))

    for expectation in result.expectations where !expectation.passed {
        let at = expectation.location
        Issue.record("\(at.file):\(at.line):\(at.column): expected \(expectation.expected), got \(expectation.actual)")
    }
    checkErrors(of: testCase, in: result)
    if !testCase.isErrorCase {
        #expect(
            result.expectations.count == testCase.expectationLineCount,
            "\(testCase.path): \(result.expectations.count) expectations checked, the file has \(testCase.expectationLineCount)"
        )
    }
    if let expectedOutput = testCase.expectedOutput {
        let printed = result.outputs.compactMap { output -> String? in
            if case .text(let text) = output { return text }
            return nil
        }.joined()
        #expect(printed == expectedOutput.map { $0 + "\n" }.joined(), "\(testCase.path): printed output")
    }
}

/// Every declared error must be reported, and nothing else may be.
private func checkErrors(of testCase: CorpusCase, in result: CellResult) {
    var unmatched = result.diagnostics.filter { $0.severity == .error }
    let reported = unmatched.map { DiagnosticPrinter.format($0, color: false) }.joined(separator: "\n")
    for expected in testCase.expectedErrors {
        if let index = unmatched.firstIndex(where: { diagnosticMatches($0, expected, file: testCase.path) }) {
            unmatched.remove(at: index)
        } else {
            Issue.record("\(testCase.path): missing \(expected); reported:\n\(reported.isEmpty ? "nothing" : reported)")
        }
    }
    for diagnostic in unmatched {
        Issue.record("\(testCase.path): unexpected \(DiagnosticPrinter.format(diagnostic, color: false))")
    }
}

/// Same file, line and column, and the fragment in the message or in its suggestion.
func diagnosticMatches(_ diagnostic: Diagnostic, _ expected: ExpectedError, file: String) -> Bool {
    let location = diagnostic.location
    guard location.file == file, location.line == expected.line, location.column == expected.column else {
        return false
    }
    // The printed headline carries the suggestion ("…; did you mean `x`?") however it is stored.
    let headline = DiagnosticPrinter.format(diagnostic, color: false).split(separator: "\n").first.map(String.init) ?? ""
    let afterSeverity = headline.range(of: "error: ").map { String(headline[$0.upperBound...]) } ?? ""
    let text = [diagnostic.message, diagnostic.suggestion ?? "", afterSeverity].joined(separator: "\n")
    return text.lowercased().contains(expected.fragment.lowercased())
}

@Test("the corpus holds at least 80 programs, at least 20 of them error cases")
func corpusSize() {
    #expect(Corpus.all.count >= 80)
    #expect(Corpus.all.filter(\.isErrorCase).count >= 20)
}

@Test("a wrong expectation is reported as failed, so the checker can fail")
func wrongExpectationFails() throws {
    let result = Session(limits: corpusLimits).run("1 + 1 //=> 3\n", origin: SourceOrigin(file: "wrong.nn"))
    let expectation = try #require(result.expectations.first)
    #expect(result.expectations.count == 1)
    #expect(!expectation.passed)
    #expect(expectation.expected == "3")
    #expect(expectation.actual == "2")
    #expect(expectation.location.file == "wrong.nn" && expectation.location.line == 1)
    #expect(!result.failed)
}

/// Expectations that must fail, one rule each: exact integers, half a unit of the last digit,
/// explicit tolerances, element-wise collections, exact text.
let wrongExpectations = [
    "0.6851 //=> 0.68",
    "10.4 //=> 10",
    "2 / 3 //=> 0.6666",
    "pi //=> 3.14 ± 0.001",
    "[1, 2] //=> [1, 3]",
    "(1, 2.5) //=> (1, 2.4)",
    "\"a\" //=> \"b\"",
    "true //=> false",
    "0..<3 //=> 0...3",
    "String(6 / 3) //=> \"2\"",
]

@Test("each precision rule can fail", arguments: wrongExpectations)
func wrongExpectationRules(_ line: String) {
    let result = Session(limits: corpusLimits).run(line + "\n", origin: SourceOrigin(file: "wrong.nn"))
    #expect(!result.failed, "\(line) should run without errors")
    #expect(result.expectations.map(\.passed) == [false], "\(line) should be one failed expectation")
}

@Test("a missing error is not mistaken for a match")
func errorDeclarationMatching() throws {
    let declaration = try #require(ExpectedError("//! error 2:5: unknown name"))
    #expect(declaration == ExpectedError("//! error 2:5:   unknown name  "))
    let result = Session(limits: corpusLimits).run("let a = 1\nlet bb = zzz\n", origin: SourceOrigin(file: "t.nn"))
    let error = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(diagnosticMatches(error, try #require(ExpectedError("//! error 2:10: unknown name")), file: "t.nn"))
    #expect(!diagnosticMatches(error, declaration, file: "t.nn"))
    #expect(!diagnosticMatches(error, try #require(ExpectedError("//! error 2:10: unknown name")), file: "other.nn"))
    #expect(!diagnosticMatches(error, try #require(ExpectedError("//! error 2:10: type mismatch")), file: "t.nn"))
}

@Test("declarations are read from the case's own lines")
func declarationParsing() {
    let testCase = CorpusCase(path: "x.nn", source: "//! error 3:7: did you mean `sqrt`\nprint(1) //> 1\n//>\n2 //=> 2\n")
    #expect(testCase.expectedErrors == [ExpectedError("//! error 3:7: did you mean `sqrt`")!])
    #expect(testCase.expectedOutput == ["1", ""])
    #expect(testCase.expectationLineCount == 1)
    #expect(CorpusCase(path: "y.nn", source: "1 //=> 1\n").expectedOutput == nil)
    #expect(ExpectedError("// error 1:1: x") == nil)
}
