import Testing
@testable import Engine

/// `Array(count:fill:)` and `Array(zeros:)`, which every tensor operation allocates its result with: each
/// gives a fresh array of exactly the asked count holding what `fill` wrote.
@Suite("Arrays allocated for tensor results")
struct ArrayFillTests {
    @Test("the array holds what fill wrote, at every count", arguments: [0, 1, 3, 1000])
    func holdsWhatFillWrote(count: Int) {
        let array = [Double](count: count) { buffer in
            #expect(buffer.count == count)
            for i in buffer.indices { buffer[i] = Double(i) * 0.5 - 1 }
        }
        #expect(array == (0..<count).map { Double($0) * 0.5 - 1 })
        #expect(array.capacity >= count)
    }

    @Test("zeros are zeros, and two arrays never share storage")
    func zerosAndFreshStorage() {
        var first = [Double](zeros: 5)
        let second = [Double](zeros: 5)
        #expect(first == [0, 0, 0, 0, 0])
        first[2] = 7
        #expect(second == [0, 0, 0, 0, 0])
        #expect([Double](zeros: 0).isEmpty)
    }
}
