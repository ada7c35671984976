import Testing

@testable import Language

@Suite("Memory budget")
struct MemoryBudgetTests {
    @Test func sizesParseAsPeopleWriteThem() {
        #expect(MemoryBudget.parse("2G") == 2 << 30)
        #expect(MemoryBudget.parse("512M") == 512 << 20)
        #expect(MemoryBudget.parse("1.5GiB") == 3 << 29)
        #expect(MemoryBudget.parse("64k") == 64 << 10)
        #expect(MemoryBudget.parse("1000000") == 1_000_000)
        #expect(MemoryBudget.parse("100 MB") == 100 << 20)
        for bad in ["", "lots", "-1G", "0", "2X", "1e400G", "G"] { #expect(MemoryBudget.parse(bad) == nil, "\(bad)") }
    }

    @Test func theBudgetIsPositiveAndNoMoreThanTheMachine() {
        #expect(MemoryBudget.available > 0)
        #expect(Limits.defaultMemory <= 8 << 30)
        #expect(Limits.defaultMemory <= MemoryBudget.available)
    }
}
