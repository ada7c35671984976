import Foundation

// Times the engine on three demos and three tensor kernels and, given the anchors' times,
// prints how it compares.
// usage: EngineBench [--runs N] [--micrograd S_PER_STEP] [--torch S_PER_STEP] [--numpy S]
//                    [--numpy-matmul S] [--numpy-elementwise S] [--numpy-sum S]
// scripts/bench-engine measures the anchors (micrograd, PyTorch, numpy) and passes them in.

var options: [String: Double] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard flag.hasPrefix("--"), let text = arguments.popFirst(), let number = Double(text) else {
        FileHandle.standardError.write(Data("usage: EngineBench [--runs N] [--micrograd S] [--torch S] [--numpy S] [--numpy-KERNEL S]\n".utf8))
        exit(2)
    }
    options[String(flag.dropFirst(2))] = number
}
let runs = Int(options["runs"] ?? 3)

/// "name: ours vs anchor = ratio× faster", or just our time when the anchor is unknown.
func report(_ name: String, ours: Double, anchorName: String, anchor: Double?) {
    guard let anchor else {
        print("\(name): \(readable(ours)) (no \(anchorName) time given)")
        return
    }
    let ratio = anchor / ours
    let verdict = ratio >= 10 ? String(format: "%.0f× faster", ratio)
        : ratio >= 1 ? String(format: "%.1f× faster", ratio)
        : String(format: "%.2f× as fast: slower", ratio)
    print("\(name): \(readable(ours)) vs \(anchorName) \(readable(anchor)) = \(verdict)")
}

func describe(_ result: (loss: Double, accuracy: Double)) -> String {
    String(format: "final loss %.4f, accuracy %.0f%%", result.loss, result.accuracy * 100)
}

print("CPU time, fastest of \(runs) runs; release build")
let steps = Double(MicrogradDemo.steps)
for shaped in [false, true] {
    var result = (loss: 0.0, accuracy: 0.0)
    let time = fastest(of: runs) { result = MicrogradDemo.scalar(micrographShaped: shaped) }
    let name = shaped ? "micrograd demo, scalar Values, micrograd's graph" : "micrograd demo, scalar Values"
    print("\(name) (\(describe(result))):")
    report("  per step", ours: time / steps, anchorName: "micrograd", anchor: options["micrograd"])
}

var tensorResult = (loss: 0.0, accuracy: 0.0)
let tensorTime = try fastest(of: runs * 5) { tensorResult = try MicrogradDemo.tensor() }
print("micrograd demo, tensors (\(describe(tensorResult))):")
report("  per step", ours: tensorTime / steps, anchorName: "PyTorch", anchor: options["torch"])

var regression = (beta: [Double](), loss: 0.0)
let regressionTime = try fastest(of: runs * 10) { regression = try LinearRegressionGD.run() }
print(String(format: "seed 000 GD, 1000 steps (β = (%.6f, %.6f), loss %.6f):",
             regression.beta[0], regression.beta[1], regression.loss))
report("  whole run", ours: regressionTime, anchorName: "numpy", anchor: options["numpy"])

// Kernels are quoted as a time ratio, ours over numpy's (lower is better), because their
// target is stated that way: within 3× of numpy.
print("tensor kernels, median CPU time:")
for (name, label, ours) in try Kernels.medians() {
    guard let numpy = options["numpy-\(name)"] else {
        print("  \(label): \(readable(ours)) (no numpy time given)")
        continue
    }
    print("  \(label): \(readable(ours)) vs numpy \(readable(numpy)) = \(String(format: "%.2f", ours / numpy))× numpy's time")
}
