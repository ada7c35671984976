#if canImport(Glibc)
import CMalloc
#endif

/// How the C allocator gives freed memory back to the system, set once when a program starts.
///
/// glibc returns the free top of a heap to the system as soon as it passes 128 KiB. A lesson allocates and
/// frees tensors of a few hundred kilobytes in a loop (a training step's activations and gradients), so the
/// same pages were handed back and faulted in again on every step: a fifth of intro-nn.md's time was page
/// faults. Keeping up to 32 MiB of freed memory per heap costs no resident memory a lesson did not already
/// reach at its peak.
public enum AllocatorTuning {
    public static let keptFreeBytes: Int32 = 32 << 20

    /// Sets the allocator's trim threshold; false when the C library refused it (or has no such setting).
    @discardableResult
    public static func apply() -> Bool {
        #if canImport(Glibc)
        return mallopt(M_TRIM_THRESHOLD, keptFreeBytes) == 1
        #else
        return false
        #endif
    }
}
