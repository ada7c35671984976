// tanh over arrays, four elements to a 256-bit register, with the bits of glibc's own tanh. libm's tanh is
// a call per element and the largest single cost of the lessons' small networks (a loss landscape calls it a
// million times); a faster approximation would change the last bits and, through training, the numbers the
// lessons check. So this follows glibc 2.36's tanh and the FMA build of its expm1 (the one glibc picks on a
// CPU with AVX2 and FMA) operation by operation: the same constants, the same fused multiply-adds where that
// build has them and separate operations elsewhere. Tests compare it with the libm it copies, bit for bit.

#include "HyperbolicTangent.h"
#include "MatrixKernels.h"

// Only the fused multiply-adds written out below: any other a·b + c stays two roundings.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

bool lr_cpu_has_avx2_fma(void) {
    unsigned eax, ebx, ecx, edx;
    if (!lr_cpu_has_avx() || !__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_FMA)) return false;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_AVX2);
}

static inline double from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static inline uint64_t to_bits(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

// ln 2 in two parts (the high part has trailing zeros, so k·LN2_HI is exact), 1/ln 2, and the coefficients of
// expm1's rational approximation on [−ln2/2, ln2/2]: fdlibm's, as glibc has them.
#define LN2_HI 0x1.62e42feep-1
#define LN2_LO 0x1.a39ef35793c76p-33
#define INV_LN2 0x1.71547652b82fep+0
#define Q1 -0x1.11111111110f4p-5
#define Q2 0x1.a01a019fe5585p-10
#define Q3 -0x1.4ce199eaadbb7p-14
#define Q4 0x1.0cfca86e65239p-18
#define Q5 -0x1.afdb76e09c32dp-23
// |x| below which expm1 does not reduce its argument (ln2/2), and below which the reduction is by one ln 2
// (1.5 ln2), each as glibc's test of the high word draws the line.
#define NO_REDUCTION 0x3fd62e4300000000ull
#define ONE_LN2 0x3ff0a2b200000000ull

/// expm1(x) for the arguments tanh gives it: 2|x| in [2, 44), or −2|x| in (−2, −2⁻⁵⁴].
__attribute__((target("avx2,fma")))
static double expm1_for_tanh(double x) {
    const double ax = fabs(x);
    int k = 0;
    double xr = x, c = 0;
    if (ax >= from_bits(NO_REDUCTION)) {
        if (ax < from_bits(ONE_LN2)) k = x > 0 ? 1 : -1;
        else k = (int)(x * INV_LN2 + (x > 0 ? 0.5 : -0.5));
        const double t = k;
        const double hi = fma(-t, LN2_HI, x);
        const double lo = t * LN2_LO;
        xr = hi - lo;
        c = (hi - xr) - lo;
    }
    const double hfx = xr * 0.5;
    const double hxs = xr * hfx;
    const double r2 = fma(hxs, Q3, Q2);
    const double r3 = fma(hxs, Q5, Q4);
    const double h2 = hxs * hxs;
    const double h4 = h2 * h2;
    const double r1 = fma(h4, r3, fma(h2, r2, fma(hxs, Q1, 1.0)));
    const double t = fma(-r1, hfx, 3.0);
    double e = ((r1 - t) / fma(-xr, t, 6.0)) * hxs;
    if (k == 0) return xr - fma(e, xr, -hxs);
    e = fma(e - c, xr, -c) - hxs;
    if (k == -1) return fma(0.5, xr - e, -0.5);
    if (k == 1) return xr < -0.25 ? -2.0 * (e - (xr + 0.5)) : fma(xr - e, 2.0, 1.0);
    // 2^k · y, by adding k to y's exponent.
    const uint64_t scale = (uint64_t)(int64_t)k << 52;
    if (k <= -2 || k > 56) return from_bits(to_bits(1.0 - (e - xr)) + scale) - 1.0;
    if (k < 20) return from_bits(to_bits(from_bits((uint64_t)(0x3ff00000u - (0x200000u >> k)) << 32) - (e - xr)) + scale);
    const double tiny = from_bits((uint64_t)(0x3ff - k) << 52);
    return from_bits(to_bits((xr - (e + tiny)) + 1.0) + scale);
}

__attribute__((target("avx2,fma")))
double lr_tanh(double x) {
    const uint64_t bits = to_bits(x);
    const uint32_t high = (uint32_t)(bits >> 32) & 0x7fffffff;
    const bool negative = bits >> 63;
    if (high >= 0x7ff00000) return negative ? 1.0 / x - 1.0 : 1.0 / x + 1.0;
    double z;
    if (high >= 0x40360000) {
        z = 1.0 - 1e-300;  // |x| ≥ 22
    } else if ((bits << 1) == 0 || high < 0x3c800000) {
        return (bits << 1) == 0 ? x : x * (1.0 + x);  // zero, or |x| < 2⁻⁵⁵
    } else if (high >= 0x3ff00000) {
        const double t = expm1_for_tanh(fabs(x) + fabs(x));
        z = 1.0 - 2.0 / (t + 2.0);
    } else {
        const double t = expm1_for_tanh(fabs(x) * -2.0);
        z = -t / (t + 2.0);
    }
    return negative ? -z : z;
}

#define SPLAT(d) _mm256_set1_pd(d)

__attribute__((target("avx2,fma")))
static inline __m256d splat_bits(uint64_t bits) { return _mm256_castsi256_pd(_mm256_set1_epi64x((long long)bits)); }

/// 2^k · y, by adding k·2⁵² (`scale`) to y's bits.
__attribute__((target("avx2,fma")))
static inline __m256d scaled(__m256d y, __m256i scale) {
    return _mm256_castsi256_pd(_mm256_add_epi64(_mm256_castpd_si256(y), scale));
}

/// lr_tanh of four numbers, each with 2⁻⁵⁵ ≤ |x| < 22: every branch of the scalar code is computed for every
/// lane and each lane keeps its own branch's result.
__attribute__((target("avx2,fma")))
static __m256d tanh4(__m256d x) {
    const __m256d sign = splat_bits(0x8000000000000000ull);
    const __m256d ax = _mm256_andnot_pd(sign, x);
    const __m256d large = _mm256_cmp_pd(ax, SPLAT(1.0), _CMP_GE_OQ);
    const __m256d arg = _mm256_blendv_pd(_mm256_mul_pd(ax, SPLAT(-2.0)), _mm256_add_pd(ax, ax), large);
    const __m256d magnitude = _mm256_andnot_pd(sign, arg);
    const __m256d positive = _mm256_cmp_pd(arg, _mm256_setzero_pd(), _CMP_GT_OQ);
    // k as a double: 0 below ln2/2, ±1 below 1.5 ln2, else x/ln2 ± 1/2 truncated.
    __m256d k = _mm256_round_pd(
        _mm256_add_pd(_mm256_mul_pd(arg, SPLAT(INV_LN2)), _mm256_blendv_pd(SPLAT(-0.5), SPLAT(0.5), positive)),
        _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
    k = _mm256_blendv_pd(k, _mm256_blendv_pd(SPLAT(-1.0), SPLAT(1.0), positive),
                         _mm256_cmp_pd(magnitude, splat_bits(ONE_LN2), _CMP_LT_OQ));
    k = _mm256_andnot_pd(_mm256_cmp_pd(magnitude, splat_bits(NO_REDUCTION), _CMP_LT_OQ), k);
    // With k = 0 these give xr = x and c = 0, the unreduced argument.
    const __m256d hi = _mm256_fnmadd_pd(k, SPLAT(LN2_HI), arg);
    const __m256d lo = _mm256_mul_pd(k, SPLAT(LN2_LO));
    const __m256d xr = _mm256_sub_pd(hi, lo);
    const __m256d c = _mm256_sub_pd(_mm256_sub_pd(hi, xr), lo);
    const __m256d hfx = _mm256_mul_pd(xr, SPLAT(0.5));
    const __m256d hxs = _mm256_mul_pd(xr, hfx);
    const __m256d r2 = _mm256_fmadd_pd(hxs, SPLAT(Q3), SPLAT(Q2));
    const __m256d r3 = _mm256_fmadd_pd(hxs, SPLAT(Q5), SPLAT(Q4));
    const __m256d h2 = _mm256_mul_pd(hxs, hxs);
    const __m256d h4 = _mm256_mul_pd(h2, h2);
    const __m256d r1 =
        _mm256_fmadd_pd(h4, r3, _mm256_fmadd_pd(h2, r2, _mm256_fmadd_pd(hxs, SPLAT(Q1), SPLAT(1.0))));
    const __m256d t = _mm256_fnmadd_pd(r1, hfx, SPLAT(3.0));
    const __m256d e = _mm256_mul_pd(_mm256_div_pd(_mm256_sub_pd(r1, t), _mm256_fnmadd_pd(xr, t, SPLAT(6.0))), hxs);
    const __m256d when_zero = _mm256_sub_pd(xr, _mm256_fmsub_pd(e, xr, hxs));
    const __m256d reduced = _mm256_sub_pd(_mm256_fmsub_pd(_mm256_sub_pd(e, c), xr, c), hxs);
    const __m256d when_minus_one = _mm256_fmadd_pd(SPLAT(0.5), _mm256_sub_pd(xr, reduced), SPLAT(-0.5));
    const __m256i whole = _mm256_cvtepi32_epi64(_mm256_cvttpd_epi32(k));
    const __m256i scale = _mm256_slli_epi64(whole, 52);
    const __m256d e_minus_x = _mm256_sub_pd(reduced, xr);
    const __m256d when_far = _mm256_sub_pd(scaled(_mm256_sub_pd(SPLAT(1.0), e_minus_x), scale), SPLAT(1.0));
    const __m256d one_minus_tiny = _mm256_castsi256_pd(_mm256_slli_epi64(
        _mm256_sub_epi64(_mm256_set1_epi64x(0x3ff00000), _mm256_srlv_epi64(_mm256_set1_epi64x(0x200000), whole)), 32));
    const __m256d when_below_20 = scaled(_mm256_sub_pd(one_minus_tiny, e_minus_x), scale);
    const __m256d tiny = _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_sub_epi64(_mm256_set1_epi64x(0x3ff), whole), 52));
    const __m256d when_above_20 =
        scaled(_mm256_add_pd(_mm256_sub_pd(xr, _mm256_add_pd(reduced, tiny)), SPLAT(1.0)), scale);
    // k = 1 cannot happen here: positive arguments are at least 2, so k ≥ 3.
    __m256d em = when_above_20;
    em = _mm256_blendv_pd(em, when_below_20,
                          _mm256_and_pd(_mm256_cmp_pd(k, SPLAT(2.0), _CMP_GE_OQ), _mm256_cmp_pd(k, SPLAT(19.0), _CMP_LE_OQ)));
    em = _mm256_blendv_pd(em, when_far,
                          _mm256_or_pd(_mm256_cmp_pd(k, SPLAT(-2.0), _CMP_LE_OQ), _mm256_cmp_pd(k, SPLAT(56.0), _CMP_GT_OQ)));
    em = _mm256_blendv_pd(em, when_minus_one, _mm256_cmp_pd(k, SPLAT(-1.0), _CMP_EQ_OQ));
    em = _mm256_blendv_pd(em, when_zero, _mm256_cmp_pd(k, _mm256_setzero_pd(), _CMP_EQ_OQ));
    const __m256d denominator = _mm256_add_pd(em, SPLAT(2.0));
    const __m256d z = _mm256_blendv_pd(_mm256_div_pd(_mm256_xor_pd(em, sign), denominator),
                                       _mm256_sub_pd(SPLAT(1.0), _mm256_div_pd(SPLAT(2.0), denominator)), large);
    return _mm256_xor_pd(z, _mm256_and_pd(x, sign));
}

__attribute__((target("avx2,fma")))
void lr_tanh_array(const double *x, double *y, ptrdiff_t n) {
    const __m256d sign = splat_bits(0x8000000000000000ull);
    ptrdiff_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const __m256d v = _mm256_loadu_pd(x + i);
        const __m256d magnitude = _mm256_andnot_pd(sign, v);
        const __m256d inside = _mm256_and_pd(_mm256_cmp_pd(magnitude, SPLAT(0x1p-55), _CMP_GE_OQ),
                                             _mm256_cmp_pd(magnitude, SPLAT(22.0), _CMP_LT_OQ));
        if (_mm256_movemask_pd(inside) == 0xF) {
            _mm256_storeu_pd(y + i, tanh4(v));
        } else {
            for (ptrdiff_t j = i; j < i + 4; j++) y[j] = lr_tanh(x[j]);
        }
    }
    for (; i < n; i++) y[i] = lr_tanh(x[i]);
}
#else
bool lr_cpu_has_avx2_fma(void) { return false; }

double lr_tanh(double x) {
    (void)x;
    __builtin_trap();
}

void lr_tanh_array(const double *x, double *y, ptrdiff_t n) {
    (void)x, (void)y, (void)n;
    __builtin_trap();
}
#endif
