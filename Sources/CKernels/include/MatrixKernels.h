#ifndef LESSONRUN_MATRIX_KERNELS_H
#define LESSONRUN_MATRIX_KERNELS_H

#include <stdbool.h>
#include <stddef.h>

/// Whether this CPU has AVX and the operating system saves its registers (x86-64 only; false elsewhere).
bool lr_cpu_has_avx(void);

/// The 6×4 tile Σp a[·, p]·b[p, ·] of two slivers packed as Engine's MatrixProduct packs them: for each p,
/// `a` holds six pairs (aᵢ, aᵢ) and `b` four elements. Row i, column j of the tile goes to sums[4i + j].
/// Each sum starts at zero and adds one rounded product per p, in order, with no fused multiply-add: the
/// operations of the Swift micro-kernel, four columns to a 256-bit register, so the bits are the same.
/// Call it only when lr_cpu_has_avx() is true.
void lr_tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *sums);

#endif
