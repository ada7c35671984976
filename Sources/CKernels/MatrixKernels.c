// The AVX and AVX-512 micro-kernels of Engine's matrix products, chosen at run time: Swift compiles Engine
// for the baseline x86-64, whose SSE2 registers hold two doubles, and has no per-function target attribute.

#include "MatrixKernels.h"

// Products and sums stay separate operations, as in the Swift kernel whose bits these must equal.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

/// The register state the operating system saves (XCR0), or 0 when it does not say.
static unsigned saved_state(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_OSXSAVE)) return 0;
    unsigned low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    (void)high;
    return low;
}

bool lr_cpu_has_avx(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_AVX)) return false;
    return (saved_state() & 0x6) == 0x6;  // XMM and YMM
}

bool lr_cpu_has_avx512(void) {
    unsigned eax, ebx, ecx, edx;
    if (!lr_cpu_has_avx() || !__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) || !(ebx & bit_AVX512F)) return false;
    return (saved_state() & 0xE6) == 0xE6;  // XMM, YMM, the mask registers and all 32 ZMM
}

// One tile's sums, added into C at `corner` (row stride `ldc`): a whole tile straight from the registers, a
// tile on C's ragged edge through a small array, only its rows × columns that lie inside C.
#define LR_ADD_TILE(WIDTH, LOADU, STOREU, ADD, SUMS, corner, ldc, rows, cols)                          \
    do {                                                                                               \
        if ((rows) == 6 && (cols) == (WIDTH)) {                                                        \
            for (int i = 0; i < 6; i++)                                                                \
                STOREU((corner) + i * (ldc), ADD(LOADU((corner) + i * (ldc)), (SUMS)[i]));             \
        } else {                                                                                       \
            double spill[6 * (WIDTH)];                                                                 \
            for (int i = 0; i < 6; i++) STOREU(spill + (WIDTH) * i, (SUMS)[i]);                       \
            for (ptrdiff_t i = 0; i < (rows); i++)                                                     \
                for (ptrdiff_t j = 0; j < (cols); j++) (corner)[i * (ldc) + j] += spill[(WIDTH) * i + j]; \
        }                                                                                              \
    } while (0)

/// The 6×4 tile of one A sliver and one B sliver, added into C.
__attribute__((target("avx"), always_inline))
static inline void tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *corner, ptrdiff_t ldc,
                                ptrdiff_t rows, ptrdiff_t cols) {
    __m256d c[6] = {_mm256_setzero_pd(), _mm256_setzero_pd(), _mm256_setzero_pd(),
                    _mm256_setzero_pd(), _mm256_setzero_pd(), _mm256_setzero_pd()};
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m256d row = _mm256_loadu_pd(b);
        for (int i = 0; i < 6; i++) c[i] = _mm256_add_pd(c[i], _mm256_mul_pd(_mm256_broadcast_sd(a + 2 * i), row));
        a += 12;
        b += 4;
    }
    LR_ADD_TILE(4, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_add_pd, c, corner, ldc, rows, cols);
}

__attribute__((target("avx")))
void lr_block_avx(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                  double *c, ptrdiff_t ldc) {
    for (ptrdiff_t jr = 0; jr < nc; jr += 4) {
        const ptrdiff_t cols = nc - jr < 4 ? nc - jr : 4;
        for (ptrdiff_t ir = 0; ir < mc; ir += 6)
            tile_6x4_avx(kc, packed_a + 2 * ir * kc, packed_b + jr * kc, c + ir * ldc + jr, ldc,
                         mc - ir < 6 ? mc - ir : 6, cols);
    }
}

/// Two adjacent tiles, 6×8, from one A sliver and two B slivers, eight columns to a register, added into C.
__attribute__((target("avx512f"), always_inline))
static inline void tiles_6x8_avx512(ptrdiff_t kc, const double *a, const double *b0, const double *b1,
                                    double *corner, ptrdiff_t ldc, ptrdiff_t rows, ptrdiff_t cols) {
    __m512d c[6] = {_mm512_setzero_pd(), _mm512_setzero_pd(), _mm512_setzero_pd(),
                    _mm512_setzero_pd(), _mm512_setzero_pd(), _mm512_setzero_pd()};
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m512d row = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(b0)), _mm256_loadu_pd(b1), 1);
        for (int i = 0; i < 6; i++) c[i] = _mm512_add_pd(c[i], _mm512_mul_pd(_mm512_set1_pd(a[2 * i]), row));
        a += 12;
        b0 += 4;
        b1 += 4;
    }
    LR_ADD_TILE(8, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_add_pd, c, corner, ldc, rows, cols);
}

__attribute__((target("avx512f")))
void lr_block_avx512(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                     double *c, ptrdiff_t ldc) {
    ptrdiff_t jr = 0;
    // Pairs of slivers; a last lone sliver of four columns or fewer goes to the AVX tile.
    for (; nc - jr > 4; jr += 8) {
        const ptrdiff_t cols = nc - jr < 8 ? nc - jr : 8;
        for (ptrdiff_t ir = 0; ir < mc; ir += 6)
            tiles_6x8_avx512(kc, packed_a + 2 * ir * kc, packed_b + jr * kc, packed_b + (jr + 4) * kc,
                             c + ir * ldc + jr, ldc, mc - ir < 6 ? mc - ir : 6, cols);
    }
    if (jr < nc) lr_block_avx(kc, mc, nc - jr, packed_a, packed_b + jr * kc, c + jr, ldc);
}
#else
bool lr_cpu_has_avx(void) { return false; }

bool lr_cpu_has_avx512(void) { return false; }

void lr_block_avx(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                  double *c, ptrdiff_t ldc) {
    (void)kc, (void)mc, (void)nc, (void)packed_a, (void)packed_b, (void)c, (void)ldc;
    __builtin_trap();
}

void lr_block_avx512(ptrdiff_t kc, ptrdiff_t mc, ptrdiff_t nc, const double *packed_a, const double *packed_b,
                     double *c, ptrdiff_t ldc) {
    (void)kc, (void)mc, (void)nc, (void)packed_a, (void)packed_b, (void)c, (void)ldc;
    __builtin_trap();
}
#endif
