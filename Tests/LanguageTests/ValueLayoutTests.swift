import Testing
@testable import Language

/// Every slot of a frame and every element of an array is a `RuntimeValue`: the larger cases (dictionaries,
/// optionals, ranges) are boxed so a value stays as small as its largest plain payload, a String, plus a tag.
@Test("a RuntimeValue is at most 17 bytes")
func runtimeValueStaysSmall() {
    #expect(MemoryLayout<RuntimeValue>.size <= 17, "\(MemoryLayout<RuntimeValue>.size) bytes")
}
