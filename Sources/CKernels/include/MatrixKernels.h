#ifndef LESSONRUN_MATRIX_KERNELS_H
#define LESSONRUN_MATRIX_KERNELS_H

#include <stdbool.h>
#include <stddef.h>

/// Whether this CPU has AVX and the operating system saves its registers (x86-64 only; false elsewhere).
bool lr_cpu_has_avx(void);

/// Whether this CPU has AVX-512F and the operating system saves its registers (x86-64 only; false elsewhere).
bool lr_cpu_has_avx512(void);

/// C += A·B for one block: A is `mc` rows by `kc` packed as Engine's MatrixProduct packs them (6-row slivers: for
/// each p, six pairs (aᵢ, aᵢ)), B is `kc` by `nc` packed as 4-column slivers (for each p, four elements), and C
/// is row-major with row stride `ldc`. Each 6×4 tile's sums start at zero and add one rounded product per p, in
/// order, with no fused multiply-add, and are then added to C once: the operations of the Swift micro-kernel,
/// four columns to a 256-bit register, so the bits are the same. Call it only when lr_cpu_has_avx() is true.
void lr_block_avx(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                  double *c, ptrdiff_t ldc);

/// The same block, two adjacent slivers of B at a time, eight columns to a 512-bit register (a last lone sliver
/// goes to the AVX code): the same operations in the same order, so the same bits. Call it only when
/// lr_cpu_has_avx512() is true.
void lr_block_avx512(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                     double *c, ptrdiff_t ldc);

#endif
