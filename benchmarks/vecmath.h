/*
 * vecmath.h -- an experiment, not part of stad: what gfortran does for Fortran by default,
 * done for the C that stad generates.
 *
 * gfortran pre-includes finclude/math-vector-fortran.h, which gives exp, tanh, cos, ... the
 * "simd notinbranch" attribute, so its vectorizer calls glibc's libmvec (_ZGVbN2v_exp, ...)
 * for loops with those calls; and Fortran has no errno, so gfortran compiles with
 * -fno-math-errno (sqrt becomes one instruction, and math calls are pure, so they can be
 * vectorized or hoisted out of loops). C gets neither by default: glibc's <math.h> declares
 * the simd variants only under -ffast-math. Build the generated file with
 *
 *   cc -O2 -std=c99 -fno-math-errno -include benchmarks/vecmath.h -c out.c
 *
 * and link with -lmvec (glibc, x86_64), e.g. through run.sh:
 *
 *   MODEL_CFLAGS="-fno-math-errno -include $PWD/benchmarks/vecmath.h" EXTRA_LIBS=-lmvec \
 *       benchmarks/run.sh build/stad
 *
 * The declarations below mirror math-vector-fortran.h for the double functions.
 */
#ifndef BENCH_VECMATH_H
#define BENCH_VECMATH_H

#include <math.h>

#if defined __GNUC__ && defined __x86_64__ && !defined __clang__
#define BENCH_SIMD __attribute__((__simd__("notinbranch")))
BENCH_SIMD double exp(double);
BENCH_SIMD double log(double);
BENCH_SIMD double pow(double, double);
BENCH_SIMD double sin(double);
BENCH_SIMD double cos(double);
BENCH_SIMD double tanh(double);
BENCH_SIMD double sinh(double);
BENCH_SIMD double cosh(double);
BENCH_SIMD double asin(double);
BENCH_SIMD double acos(double);
BENCH_SIMD double atan(double);
BENCH_SIMD double atan2(double, double);
BENCH_SIMD double log10(double);
BENCH_SIMD double expm1(double);
BENCH_SIMD double log1p(double);
#undef BENCH_SIMD
#endif

#endif /* BENCH_VECMATH_H */
