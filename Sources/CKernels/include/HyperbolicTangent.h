#ifndef LESSONRUN_HYPERBOLIC_TANGENT_H
#define LESSONRUN_HYPERBOLIC_TANGENT_H

#include <stdbool.h>
#include <stddef.h>

/// Whether this CPU has AVX2 and FMA and the operating system saves their registers (x86-64 only).
bool lr_cpu_has_avx2_fma(void);

/// tanh(x) by the operations glibc's tanh performs with its FMA build of expm1 (glibc 2.36, x86-64), so the
/// same bits as that libm's tanh, on any CPU that runs it. Call it only when lr_cpu_has_avx2_fma() is true.
double lr_tanh(double x);

/// y[i] = lr_tanh(x[i]) for i < n, four at a time; the same bits as lr_tanh. Call it only when
/// lr_cpu_has_avx2_fma() is true.
void lr_tanh_array(const double *x, double *y, ptrdiff_t n);

#endif
