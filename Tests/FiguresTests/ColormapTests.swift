import Testing
@testable import Figures

@Suite struct ColormapTests {
    @Test func viridisRunsFromPurpleToYellow() {
        #expect(Colormap.viridis.hex(at: 0) == "#440154")
        #expect(Colormap.viridis.hex(at: 1) == "#fde725")
        #expect(Colormap.viridis.hex(at: 0.5) == "#21908c")
    }

    @Test func valuesOutsideTheRangeClampAndNaNIsTheFirstColour() {
        #expect(Colormap.plasma.hex(at: -3) == Colormap.plasma.hex(at: 0))
        #expect(Colormap.plasma.hex(at: 7) == Colormap.plasma.hex(at: 1))
        #expect(Colormap.plasma.hex(at: .nan) == Colormap.plasma.hex(at: 0))
    }

    @Test func viridisGetsLighterAllTheWay() {
        // Perceptually uniform maps rise steadily in lightness; luma is a fair stand-in.
        let luma = (0...50).map { step -> Double in
            let c = Colormap.viridis.rgb(at: Double(step) / 50)
            return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
        }
        #expect(zip(luma, luma.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func matplotlibNames() {
        #expect(Colormap(name: "viridis") == .viridis)
        #expect(Colormap(name: "RdBu") == .coolwarm)
        #expect(Colormap(name: "jet") == nil)
    }

    /// matplotlib's `gray` runs from black to white (how an image is shown), its `Greys` and `binary` the other way.
    @Test func grayAndGreysRunOppositeWays() {
        #expect(Colormap(name: "gray") == .gray)
        #expect(Colormap(name: "grey") == .gray)
        #expect(Colormap(name: "Greys") == .greys)
        #expect(Colormap(name: "binary") == .greys)
        #expect(Colormap.gray.hex(at: 0) == "#000000")
        #expect(Colormap.gray.hex(at: 1) == "#ffffff")
        #expect(Colormap.greys.hex(at: 0) == "#ffffff")
    }
}
