// The AVX micro-kernel of Engine's matrix products, chosen at run time: Swift compiles Engine for the
// baseline x86-64, whose SSE2 registers hold two doubles, and has no per-function target attribute.

#include "MatrixKernels.h"

// Products and sums stay separate operations, as in the Swift kernel whose bits these must equal.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

bool lr_cpu_has_avx(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
    if (!(ecx & bit_OSXSAVE) || !(ecx & bit_AVX)) return false;
    unsigned low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    (void)high;
    return (low & 6) == 6;  // XMM and YMM state enabled in XCR0
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
#else
bool lr_cpu_has_avx(void) { return false; }

void lr_tile_6x4_avx(ptrdiff_t kc, const double *a, const double *b, double *sums) {
    (void)kc, (void)a, (void)b, (void)sums;
    __builtin_trap();
}
#endif
