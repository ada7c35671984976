import CommandSupport
import Testing

@Suite("The allocator keeps freed memory for the next tensor")
struct AllocatorTuningTests {
    @Test(.enabled(if: Platform.isLinux, "glibc only")) func theCLibraryAcceptsTheTrimThreshold() {
        #expect(AllocatorTuning.apply())
    }
}

private enum Platform {
    #if os(Linux)
    static let isLinux = true
    #else
    static let isLinux = false
    #endif
}
