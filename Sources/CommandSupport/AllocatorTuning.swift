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
///
/// Setting the trim threshold also freezes glibc's threshold for serving a block with a mapping of its own at
/// 128 KiB (it otherwise rises as such blocks are freed), so every array or tensor past it was mapped, faulted
/// in and unmapped again: 300 arrays of 100 000 Ints spent 0.34 s of 0.44 in the kernel. Blocks up to the same
/// 32 MiB now come from the heap and are reused.
public enum AllocatorTuning {
    public static let keptFreeBytes: Int32 = 32 << 20

    /// Sets the allocator's trim and mapping thresholds; false when the C library refused them (or has no such
    /// settings).
    @discardableResult
    public static func apply() -> Bool {
        #if canImport(Glibc)
        return mallopt(M_TRIM_THRESHOLD, keptFreeBytes) == 1 && mallopt(M_MMAP_THRESHOLD, keptFreeBytes) == 1
        #else
        return false
        #endif
    }
}
