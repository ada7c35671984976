#ifndef LESSONRUN_MATRIX_KERNELS_H
#define LESSONRUN_MATRIX_KERNELS_H

#include <stdbool.h>
#include <stddef.h>

/// Whether this CPU has AVX and the operating system saves its registers (x86-64 only; false elsewhere).
bool lr_cpu_has_avx(void);

/// Whether this CPU has AVX-512F and the operating system saves its registers (x86-64 only; false elsewhere).
bool lr_cpu_has_avx512(void);

/// The 6×4 tile Σp a[·, p]·b[p, ·] of two slivers packed as Engine's MatrixProduct packs them: for each p,
/// `a` holds six pairs (aᵢ, aᵢ) and `b` four elements. Row i, column j of the tile goes to sums[4i + j].
/// Each sum starts at zero and adds one rounded product per p, in order, with no fused multiply-add: the
/// operations of the Swift micro-kernel, four columns to a 256-bit register, so the bits are the same.
/// Call it only when lr_cpu_has_avx() is true.
void lr_tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *sums);

/// Two such tiles side by side, from the same `a` and two 4-column slivers `b0` and `b1`, eight columns to a
/// 512-bit register: the left tile goes to sums[0..<24] and the right one to sums[24..<48], laid out as
/// lr_tile_6x4_avx lays out its tile. Same operations in the same order, so the same bits. Call it only when
/// lr_cpu_has_avx512() is true.
void lr_tiles_6x8_avx512(ptrdiff_t kc, const double *a, const double *b0, const double *b1, double *sums);

#endif
