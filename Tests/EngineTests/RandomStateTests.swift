import Testing
@testable import Engine

// Reference streams from numpy 2.4.6's legacy global RandomState, printed with Python's repr
// (the shortest string that reads back as the same double), by running, e.g.
//     python3 -c "import numpy as np; np.random.seed(1); print([repr(float(v)) for v in np.random.random(3)])"
// Each test names the numpy calls that produced its numbers. The claim is bit-for-bit equality,
// so the tolerance is zero: `==` on Double.

struct RandomStateTests {
    @Test("seed(1): random(3) is numpy's stream")
    func seedOneUniform() {
        // np.random.seed(1); np.random.random(3)
        #expect(RandomState(seed: 1).random(3) == [0.417022004702574, 0.7203244934421581, 0.00011437481734488664])
    }

    @Test("seed(1): randn(2) is numpy's legacy polar method")
    func seedOneNormal() {
        // np.random.seed(1); np.random.randn(2)
        #expect(RandomState(seed: 1).randn(2) == [1.6243453636632417, -0.6117564136500754])
    }

    @Test("seed 000's data: xlin = -10 + 20·random(10), y = 1 + 0.5·xlin + randn(10)")
    func lectureZeroData() {
        // np.random.seed(1); xlin = -10.0 + 20.0 * np.random.random(10); y = 1.0 + 0.5 * xlin + np.random.randn(10)
        let random = RandomState(seed: 1)
        let xlin = random.random(10).map { -10.0 + 20.0 * $0 }
        let y = zip(xlin, random.randn(10)).map { 1.0 + 0.5 * $0 + $1 }
        #expect(xlin == [
            -1.6595599059485195, 4.4064898688431615, -9.997712503653101, -3.9533485473632046, -7.064882183657739,
            -8.153228104624045, -6.274795772446582, -3.0887854591390447, -2.0646505153866013, 0.7763346800671389,
        ])
        #expect(y == [
            1.9150318112422202, 2.4420380335264777, -3.6798171557694523, -1.2260446491590125, -1.0703331547838952,
            -5.1367547618096765, -2.459815090236799, -0.928447084237938, 1.1014441846421368, 0.2882760727195386,
        ])
    }

    @Test("seeds 0, 42 and 2³² − 1")
    func otherSeeds() {
        // np.random.seed(0); random(4) · np.random.seed(42); random(3) · np.random.seed(2**32 - 1); random(3)
        #expect(RandomState(seed: 0).random(4) == [
            0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
        ])
        #expect(RandomState(seed: 42).random(3) == [0.3745401188473625, 0.9507143064099162, 0.7319939418114051])
        #expect(RandomState(seed: UInt32.max).random(3) == [0.0976320289940138, 0.9123828453026218, 0.78903530185164])
    }

    @Test("the state array is regenerated correctly after 624 words")
    func pastFirstTwist() {
        // np.random.seed(1); np.random.random(700)[-2:] — 1400 words, so two regenerations.
        #expect(Array(RandomState(seed: 1).random(700).suffix(2)) == [0.5431664302380945, 0.2867116496064306])
    }

    @Test("an odd number of normals leaves the second of a pair for the next call")
    func gaussianCache() {
        // np.random.seed(42); randn(3); randn(2)
        let random = RandomState(seed: 42)
        #expect(random.randn(3) == [0.4967141530112327, -0.13826430117118466, 0.6476885381006925])
        #expect(random.randn(2) == [1.5230298564080254, -0.23415337472333597])
    }

    @Test("re-seeding forgets a cached normal")
    func reseedClearsCache() {
        let random = RandomState(seed: 42)
        _ = random.randn()
        random.seed(1)
        #expect(random.randn(2) == [1.6243453636632417, -0.6117564136500754])
    }

    @Test("randint by masked rejection, for small, signed and 64-bit ranges")
    func randint() throws {
        // np.random.seed(1); randint(0, 10, size=10)
        #expect(try RandomState(seed: 1).randint(0, 10, count: 10) == [5, 8, 9, 5, 0, 0, 1, 7, 6, 9])
        // np.random.seed(2); randint(-5, 5, size=6)
        #expect(try RandomState(seed: 2).randint(-5, 5, count: 6) == [3, 3, 1, -3, 3, 2])
        // np.random.seed(4); randint(0, 1000, size=5)
        #expect(try RandomState(seed: 4).randint(0, 1000, count: 5) == [122, 174, 439, 709, 897])
        // np.random.seed(3); randint(0, 2**40, size=3): ranges past 32 bits take two words per draw.
        #expect(try RandomState(seed: 3).randint(0, 1 << 40, count: 3) == [455570294424, 1073054410371, 790795084744])
        // A one-value range draws nothing, so the stream is untouched.
        let random = RandomState(seed: 1)
        #expect(try random.randint(7, 8) == 7)
        #expect(random.random() == 0.417022004702574)
    }

    @Test("shuffle, permutation and choice")
    func shuffleAndChoice() throws {
        // np.random.seed(0); a = np.arange(10); np.random.shuffle(a) — and seed(0); permutation(10), the same.
        var elements = Array(0..<10)
        RandomState(seed: 0).shuffle(&elements)
        #expect(elements == [2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
        #expect(RandomState(seed: 0).permutation(10) == [2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
        // np.random.seed(5); choice(5, 3) · np.random.seed(5); choice(5, 3, replace=False)
        #expect(try RandomState(seed: 5).choice(5, size: 3) == [3, 0, 1])
        #expect(try RandomState(seed: 5).choice(5, size: 3, replace: false) == [4, 0, 1])
    }

    @Test("uniform and normal, and a mixed sequence of calls")
    func uniformNormalMixed() throws {
        // np.random.seed(3); uniform(-1, 1, 4); normal(2, 0.5, 3)
        let random = RandomState(seed: 3)
        #expect(random.uniform(-1, 1, count: 4) == [
            0.10159580514915101, 0.41629564523620965, -0.41819052217411135, 0.02165521039532603,
        ])
        #expect(random.normal(2, 0.5, count: 3) == [1.8613058987428004, 1.8226205103655067, 1.9586292592587702])
        // np.random.seed(7); [random(), randn(), random(), randn(), randint(0, 100)]: the second randn
        // is the cached half of the first pair, so it draws nothing.
        let mixed = RandomState(seed: 7)
        #expect(mixed.random() == 0.07630828937395717)
        #expect(mixed.randn() == -0.3206032549443759)
        #expect(mixed.random() == 0.7234651778309412)
        #expect(mixed.randn() == 1.4570832287334776)
        #expect(try mixed.randint(0, 100) == 92)
    }

    @Test("seeding from an array uses init_by_array")
    func arraySeed() {
        // np.random.seed([1, 2, 3]); random(3)
        #expect(RandomState(key: [1, 2, 3]).random(3) == [0.6098612722867289, 0.8866970434146851, 0.47633673750662764])
    }
}
