import Foundation
import Testing
@testable import Engine

// Data sets against scikit-learn 1.9.1 (`pip install scikit-learn`), printed with Python's repr,
// e.g. `X, y = make_moons(n_samples=8, noise=0.1, random_state=0)`. The draws are bit-exact; the
// bound 1e-15 allows for numpy's vectorised sin and cos differing from the C library's in the
// last bit.

struct DatasetTests {
    static func expectPoints(_ actual: [[Double]], _ expected: [[Double]]) {
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) {
            #expect(a.count == e.count && zip(a, e).allSatisfy { abs($0 - $1) <= 1e-15 }, "\(a) vs \(e)")
        }
    }

    @Test("moons with noise, as make_moons(n_samples=8, noise=0.1, random_state=0)")
    func moons() {
        let data = Datasets.moons(8, noise: 0.1, using: RandomState(seed: 0))
        Self.expectPoints(data.points, [
            [1.415727594617071, -0.16903295899744925], [-0.37338814701422196, 0.8154377498083876],
            [0.7545200778471055, 0.9741065950899832], [2.0484312154120663, 0.5579140478706728],
            [-1.0181582572731196, 0.14102046311312152], [0.9625528309019794, 0.027519831557632025],
            [0.40392453882662105, -0.3283327062849103], [0.003343892850862858, 0.568056724435512],
        ])
        #expect(data.labels == [1, 0, 0, 1, 0, 0, 1, 1])
    }

    @Test("micrograd's demo data: make_moons(n_samples=100, noise=0.1, random_state=3)")
    func moonsHundred() {
        let data = Datasets.moons(100, noise: 0.1, using: RandomState(seed: 3))
        Self.expectPoints([data.points[0], data.points[99]], [
            [1.9071752894301968, 0.302197498261219], [0.026656792652606585, 1.131002938628176],
        ])
        #expect(Array(data.labels.prefix(10)) == [1, 1, 0, 1, 1, 1, 1, 0, 0, 0])
        #expect(abs(data.points.joined().reduce(0, +) - 77.00246241747587) < 1e-12)
        #expect(data.features.shape == [100, 2] && data.targets.count == 100)
    }

    @Test("moons without noise or shuffling lie on the two half circles")
    func noiselessMoons() {
        // make_moons(n_samples=7, shuffle=False): cos and sin of linspace(0, π, 3), then
        // 1 − cos and 1 − sin − ½ of linspace(0, π, 4).
        let data = Datasets.moons(7, shuffle: false, using: RandomState(seed: 0))
        Self.expectPoints(data.points, [
            [1.0, 0.0], [6.123233995736766e-17, 1.0], [-1.0, 1.2246467991473532e-16], [0.0, 0.5],
            [0.4999999999999999, -0.3660254037844386], [1.4999999999999998, -0.3660254037844387], [2.0, 0.4999999999999999],
        ])
        #expect(data.labels == [0, 0, 0, 1, 1, 1, 1])
    }

    @Test("circles, as make_circles(n_samples=6, noise=0.05, factor=0.5, random_state=1)")
    func circles() {
        let data = Datasets.circles(6, noise: 0.05, factor: 0.5, using: RandomState(seed: 1))
        Self.expectPoints(data.points, [
            [-0.5274873088329927, -0.9361690395428943], [-0.4208623849587159, 0.8137680622686925],
            [-0.23712032422464674, 0.3350429720864033], [0.9246096171280318, -0.01576460344581276],
            [0.542908942974079, 0.003567149566493788], [-0.3646154638397424, -0.5037903262994288],
        ])
        #expect(data.labels == [0, 0, 1, 0, 1, 1])
    }

    @Test("blobs, as make_blobs(n_samples=7, centers=3, random_state=2)")
    func blobs() {
        let data = Datasets.blobs(7, using: RandomState(seed: 2))
        Self.expectPoints(data.points, [
            [-1.6117744547713708, -2.2183023604222267], [1.5323078781549717, -1.88971184744093],
            [-2.340514907544082, -3.3842783289491924], [-0.777220540001882, -10.726763450049406],
            [-0.7286479126135005, -7.189267350627216], [-2.338054176022264, -10.390482978369024],
            [1.0347889505725862, -2.4114775927479797],
        ])
        #expect(data.labels == [2, 1, 2, 0, 0, 0, 1])
    }

    @Test("xor clouds, truth tables and seed 000's noisy line")
    func smallSets() {
        let cloud = Datasets.xor(50, using: RandomState(seed: 4))
        #expect(cloud.points.count == 50)
        #expect(zip(cloud.points, cloud.labels).allSatisfy { ($0[0] > 0) != ($0[1] > 0) ? $1 == 1 : $1 == 0 })
        #expect(Datasets.truthTable(.and).labels == [0, 0, 0, 1])
        #expect(Datasets.truthTable(.or).labels == [0, 1, 1, 1])
        #expect(Datasets.truthTable(.xor).labels == [0, 1, 1, 0])
        #expect(Datasets.truthTable(.nand).labels == [1, 1, 1, 0])
        #expect(Datasets.truthTable(.nor).labels == [1, 0, 0, 0])
        // The lecture's xlin and y (see RandomStateTests.lectureZeroData for all twenty numbers).
        let (x, y) = Datasets.noisyLinear(10, using: RandomState(seed: 1))
        #expect(x[0] == -1.6595599059485195 && x[9] == 0.7763346800671389)
        #expect(y[0] == 1.9150318112422202 && y[9] == 0.2882760727195386)
    }
}

struct CSVTests {
    @Test("a header row, numbers, blank lines, quotes and CRLF")
    func withHeader() throws {
        let table = try CSVTable.parse("\u{FEFF}test, grade,\"admitted\"\r\n9, 1, 0\r\n\r\n7.5,8,1\r\n")
        #expect(table.header == ["test", "grade", "admitted"])
        #expect(table.rows == [[9, 1, 0], [7.5, 8, 1]])
        #expect((0..<3).map { table.numbers(column: $0) } == [[9, 7.5], [1, 8], [0, 1]])
        #expect(table.column(named: "grade") == [1, 8])
        #expect(table.column(named: "missing") == nil)
    }

    @Test("all-number text has no header")
    func withoutHeader() throws {
        let table = try CSVTable.parse("1,2\n3,-4e-1\n")
        #expect(table.header == nil && table.rows == [[1, 2], [3, -0.4]])
        #expect(try CSVTable.parse("").rows.isEmpty)
    }

    @Test("a column with a word in it is text; the numeric columns still make the rows")
    func textColumns() throws {
        let table = try CSVTable.parse("age,pain,ahd\n63,typical,No\n67,\"a, b \"\"c\"\"\",Yes\n")
        #expect(table.isNumeric == [true, false, false])
        #expect(table.rows == [[63], [67]])
        #expect(table.numericHeader == ["age"])
        #expect(table.text(column: 1) == ["typical", "a, b \"c\""])
        #expect(table.numbers(column: 2) == nil && table.column(named: "age") == [63, 67])
    }

    @Test("lines end at LF, CRLF or a lone CR, and non-ASCII text is kept whole")
    func lineEndings() throws {
        let table = try CSVTable.parse("név,ár\r1,2\n3,4\r\n5,6\r\n\r\nété,7")
        #expect(table.header == ["név", "ár"])
        #expect(table.text(column: 0) == ["1", "3", "5", "été"] && table.numbers(column: 1) == [2, 4, 6, 7])
    }

    @Test("a caller's stop ends reading a long table with an error at the line reached")
    func stopping() {
        let text = String(repeating: "1,2\n", count: 10_000)
        var asked = 0
        #expect(throws: CSVError(line: 8_192, message: "reading stopped here: the cell's limits ran out")) {
            try CSVTable.parse(text) {
                asked += 1
                return asked == 2
            }
        }
        #expect((try? CSVTable.parse(text))?.rows.count == 10_000)
    }

    @Test("ragged rows and stray quotes are errors that name the line")
    func errors() {
        #expect(throws: CSVError(line: 3, message: "expected 2 fields, found 3")) { try CSVTable.parse("a,b\n1,2\n1,2,3") }
        #expect(throws: CSVError(line: 2, message: "field 2 opens a quote that does not close on its line")) {
            try CSVTable.parse("a,b\n1,\"x\n2\"")
        }
        #expect(throws: CSVError(line: 2, message: "field 1 has text after its closing quote")) {
            try CSVTable.parse("a,b\n\"x\"y,2")
        }
        #expect(throws: CSVError(line: 1, message: "field 2 has a quote inside it; quote the whole field and double the quote")) {
            try CSVTable.parse("a,b\"c")
        }
    }
}
