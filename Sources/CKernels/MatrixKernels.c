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

__attribute__((target("avx")))
void lr_tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *sums) {
    __m256d c0 = _mm256_setzero_pd(), c1 = _mm256_setzero_pd(), c2 = _mm256_setzero_pd();
    __m256d c3 = _mm256_setzero_pd(), c4 = _mm256_setzero_pd(), c5 = _mm256_setzero_pd();
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m256d row = _mm256_loadu_pd(b);
        c0 = _mm256_add_pd(c0, _mm256_mul_pd(_mm256_broadcast_sd(a + 0), row));
        c1 = _mm256_add_pd(c1, _mm256_mul_pd(_mm256_broadcast_sd(a + 2), row));
        c2 = _mm256_add_pd(c2, _mm256_mul_pd(_mm256_broadcast_sd(a + 4), row));
        c3 = _mm256_add_pd(c3, _mm256_mul_pd(_mm256_broadcast_sd(a + 6), row));
        c4 = _mm256_add_pd(c4, _mm256_mul_pd(_mm256_broadcast_sd(a + 8), row));
        c5 = _mm256_add_pd(c5, _mm256_mul_pd(_mm256_broadcast_sd(a + 10), row));
        a += 12;
        b += 4;
    }
    _mm256_storeu_pd(sums + 0, c0);
    _mm256_storeu_pd(sums + 4, c1);
    _mm256_storeu_pd(sums + 8, c2);
    _mm256_storeu_pd(sums + 12, c3);
    _mm256_storeu_pd(sums + 16, c4);
    _mm256_storeu_pd(sums + 20, c5);
}

__attribute__((target("avx512f")))
void lr_tiles_6x8_avx512(ptrdiff_t kc, const double *a, const double *b0, const double *b1, double *sums) {
    __m512d c0 = _mm512_setzero_pd(), c1 = _mm512_setzero_pd(), c2 = _mm512_setzero_pd();
    __m512d c3 = _mm512_setzero_pd(), c4 = _mm512_setzero_pd(), c5 = _mm512_setzero_pd();
    for (ptrdiff_t p = 0; p < kc; p++) {
        __m512d row = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(b0)), _mm256_loadu_pd(b1), 1);
        c0 = _mm512_add_pd(c0, _mm512_mul_pd(_mm512_set1_pd(a[0]), row));
        c1 = _mm512_add_pd(c1, _mm512_mul_pd(_mm512_set1_pd(a[2]), row));
        c2 = _mm512_add_pd(c2, _mm512_mul_pd(_mm512_set1_pd(a[4]), row));
        c3 = _mm512_add_pd(c3, _mm512_mul_pd(_mm512_set1_pd(a[6]), row));
        c4 = _mm512_add_pd(c4, _mm512_mul_pd(_mm512_set1_pd(a[8]), row));
        c5 = _mm512_add_pd(c5, _mm512_mul_pd(_mm512_set1_pd(a[10]), row));
        a += 12;
        b0 += 4;
        b1 += 4;
    }
    const __m512d rows[6] = {c0, c1, c2, c3, c4, c5};
    for (int i = 0; i < 6; i++) {
        _mm256_storeu_pd(sums + 4 * i, _mm512_castpd512_pd256(rows[i]));
        _mm256_storeu_pd(sums + 24 + 4 * i, _mm512_extractf64x4_pd(rows[i], 1));
    }
}
#else
bool lr_cpu_has_avx(void) { return false; }

bool lr_cpu_has_avx512(void) { return false; }

void lr_tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *sums) {
    (void)kc, (void)a, (void)b, (void)sums;
    __builtin_trap();
}

void lr_tiles_6x8_avx512(ptrdiff_t kc, const double *a, const double *b0, const double *b1, double *sums) {
    (void)kc, (void)a, (void)b0, (void)b1, (void)sums;
    __builtin_trap();
}
#endif
