import Foundation
import Testing

@testable import Language

@Suite("Native threads")
struct NativeThreadTests {
    final class Box: @unchecked Sendable {
        var stackSize = 0
    }

    @Test func runsTheBodyAndReportsTheStackItGot() throws {
        let box = Box()
        let thread = try NativeThread.start(stackSize: 8 << 20) { box.stackSize = $0 }
        thread.join()
        #expect(box.stackSize == 8 << 20)
        #expect(thread.stackSize == 8 << 20)
    }

    @Test func aStackTheSystemCannotMapFallsBackToASmallerOne() throws {
        let box = Box()
        // 2^50 bytes is more address space than any machine maps; halves of it are tried until one fits.
        let thread = try NativeThread.start(stackSize: 1 << 50, minimumStackSize: 1 << 20) { box.stackSize = $0 }
        thread.join()
        #expect(box.stackSize < 1 << 50)
        #expect(box.stackSize >= 1 << 20)
    }

    @Test func noThreadIsAnErrorNotAHang() {
        #expect(throws: NativeThread.StartError.self) {
            _ = try NativeThread.start(stackSize: 1 << 50, minimumStackSize: 1 << 49) { _ in }
        }
    }
}
