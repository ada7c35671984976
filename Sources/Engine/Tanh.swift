import CKernels
import Foundation

/// tanh for every part of the engine (tensors, Values, duals) and the language's `tanh`: glibc's bits, four
/// elements at a time over arrays, wherever the CPU has AVX2 and FMA (the C kernel in `HyperbolicTangent.c`
/// repeats glibc's operations, so it equals the libm such a CPU uses); libm's own tanh elsewhere. One
/// function everywhere, so a tensor and a scalar computation of the same number agree.
public enum Tanh {
    static let vectorized = lr_cpu_has_avx2_fma()

    /// tanh(x).
    @inline(__always)
    public static func value(_ x: Double) -> Double {
        vectorized ? lr_tanh(x) : Foundation.tanh(x)
    }

    /// y[i] = tanh(x[i]); y has x's count.
    static func values(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        guard vectorized, let source = x.baseAddress, let target = y.baseAddress else {
            for i in x.indices { y[i] = Foundation.tanh(x[i]) }
            return
        }
        lr_tanh_array(source, target, x.count)
    }
}
