/*
 * expr.c — IR expressions printed as C expressions.
 *
 * Each printer appends to a buffer and returns the C precedence of what it printed; an operand is
 * parenthesized only when C would otherwise group it differently (or when gcc's -Wparentheses
 * asks for it), so `a - (b - c)` and `(a + b) * c` keep their parentheses and nothing else gets
 * any. The tree's shape is kept exactly: floating-point arithmetic is not associative.
 *
 * Fortran semantics that C does not give for free are spelled out here: real literals keep their
 * kind (`0.1f` for REAL, so `x = 0.1` with a double x is 0.1f widened, as gfortran computes it),
 * `**` with an integer exponent multiplies (x*x) or calls a helper doing exponentiation by
 * squaring, integer `**` follows Fortran for negative exponents, MAX/MIN of any arity nest
 * two-argument helpers, SIGN/MOD/NINT map to copysign/fmod/lround.
 */
#include "cg_int.h"

#include <assert.h>
#include <limits.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- intrinsic table */

typedef enum CgIntrKind {
	CG_I_NONE = 0,
	CG_I_CALL,   /* libm function, float variant with 'f' */
	CG_I_ABS,    /* fabs / fabsf / abs */
	CG_I_SIGN,   /* copysign / copysignf / stad_sign_i */
	CG_I_MAX,    /* nested stad_max_[dfi] */
	CG_I_MIN,    /* nested stad_min_[dfi] */
	CG_I_MOD,    /* fmod / fmodf / % */
	CG_I_CAST,   /* REAL, DBLE, INT: a C cast */
	CG_I_TOINT,  /* NINT, FLOOR: (int)lround(x), (int)floor(x) */
	CG_I_MERGE,  /* MERGE(t, f, mask): mask ? t : f */
	CG_I_BITS,   /* IAND, IOR, IEOR, NOT, ISHFT, IBSET, IBCLR, BTEST: C's operators on unsigned values */
	CG_I_PASSIVE /* timers and the random generator: a helper's call, the argument not read */
} CgIntrKind;

typedef struct CgIntr {
	const char *d, *f; /* double and float C names */
	CgIntrKind kind;
} CgIntr;

/*  X(generic intrinsic, C name for double, C name for float, how it prints) */
#define CG_INTRINSICS(X)                                                                                                         \
	X(INTR_SIN, "sin", "sinf", CG_I_CALL)                                                                                    \
	X(INTR_COS, "cos", "cosf", CG_I_CALL)                                                                                    \
	X(INTR_TAN, "tan", "tanf", CG_I_CALL)                                                                                    \
	X(INTR_ASIN, "asin", "asinf", CG_I_CALL)                                                                                 \
	X(INTR_ACOS, "acos", "acosf", CG_I_CALL)                                                                                 \
	X(INTR_ATAN, "atan", "atanf", CG_I_CALL)                                                                                 \
	X(INTR_ATAN2, "atan2", "atan2f", CG_I_CALL)                                                                              \
	X(INTR_SINH, "sinh", "sinhf", CG_I_CALL)                                                                                 \
	X(INTR_COSH, "cosh", "coshf", CG_I_CALL)                                                                                 \
	X(INTR_TANH, "tanh", "tanhf", CG_I_CALL)                                                                                 \
	X(INTR_EXP, "exp", "expf", CG_I_CALL)                                                                                    \
	X(INTR_LOG, "log", "logf", CG_I_CALL)                                                                                    \
	X(INTR_LOG10, "log10", "log10f", CG_I_CALL)                                                                              \
	X(INTR_SQRT, "sqrt", "sqrtf", CG_I_CALL)                                                                                 \
	X(INTR_AINT, "trunc", "truncf", CG_I_CALL)                                                                               \
	X(INTR_ANINT, "round", "roundf", CG_I_CALL)                                                                              \
	X(INTR_CEILING, "ceil", "ceilf", CG_I_TOINT)                                                                             \
	X(INTR_ERF, "erf", "erff", CG_I_CALL)                                                                                    \
	X(INTR_ERFC, "erfc", "erfcf", CG_I_CALL)                                                                                 \
	X(INTR_HYPOT, "hypot", "hypotf", CG_I_CALL)                                                                              \
	X(INTR_ASINH, "asinh", "asinhf", CG_I_CALL)                                                                              \
	X(INTR_ACOSH, "acosh", "acoshf", CG_I_CALL)                                                                              \
	X(INTR_ATANH, "atanh", "atanhf", CG_I_CALL)                                                                              \
	X(INTR_GAMMA, "tgamma", "tgammaf", CG_I_CALL)                                                                            \
	X(INTR_LOG_GAMMA, "lgamma", "lgammaf", CG_I_CALL)                                                                        \
	X(INTR_DIGAMMA, "stad_digamma_d", "stad_digamma_f", CG_I_CALL)                                                           \
	X(INTR_IAND, "&", NULL, CG_I_BITS)                                                                                       \
	X(INTR_IOR, "|", NULL, CG_I_BITS)                                                                                        \
	X(INTR_IEOR, "^", NULL, CG_I_BITS)                                                                                       \
	X(INTR_NOT, "~", NULL, CG_I_BITS)                                                                                        \
	X(INTR_ISHFT, NULL, NULL, CG_I_BITS)                                                                                     \
	X(INTR_IBSET, "|", NULL, CG_I_BITS)                                                                                      \
	X(INTR_IBCLR, "& ~", NULL, CG_I_BITS)                                                                                    \
	X(INTR_BTEST, "&", NULL, CG_I_BITS)                                                                                      \
	X(INTR_ABS, "fabs", "fabsf", CG_I_ABS)                                                                                   \
	X(INTR_SIGN, "copysign", "copysignf", CG_I_SIGN)                                                                         \
	X(INTR_MAX, NULL, NULL, CG_I_MAX)                                                                                        \
	X(INTR_MIN, NULL, NULL, CG_I_MIN)                                                                                        \
	X(INTR_MOD, "fmod", "fmodf", CG_I_MOD)                                                                                   \
	X(INTR_REAL, NULL, NULL, CG_I_CAST)                                                                                      \
	X(INTR_DBLE, NULL, NULL, CG_I_CAST)                                                                                      \
	X(INTR_INT, NULL, NULL, CG_I_CAST)                                                                                       \
	X(INTR_NINT, "lround", "lroundf", CG_I_TOINT)                                                                            \
	X(INTR_FLOOR, "floor", "floorf", CG_I_TOINT)                                                                             \
	X(INTR_MERGE, NULL, NULL, CG_I_MERGE)                                                                                    \
	X(INTR_SITE_ON, "srt_site_on", "srt_site_on", CG_I_CALL)                                                                 \
	X(INTR_RV_OPEN, "srt_rv_open_site", "srt_rv_open_site", CG_I_CALL)                                                       \
	X(INTR_RV_NEXT, "srt_rv_next", "srt_rv_next", CG_I_CALL)                                                                 \
	X(INTR_RV_CAPO, "srt_rv_capo", "srt_rv_capo", CG_I_CALL)                                                                 \
	X(INTR_RV_OLDCAPO, "srt_rv_oldcapo", "srt_rv_oldcapo", CG_I_CALL)                                                        \
	X(INTR_RV_CLOSE, "srt_rv_close", "srt_rv_close", CG_I_CALL)                                                              \
	X(INTR_RANDOM, "stad_random_d", "stad_random_f", CG_I_PASSIVE)                                                           \
	X(INTR_CPU_TIME, "stad_cpu_time_d", "stad_cpu_time_f", CG_I_PASSIVE)                                                     \
	X(INTR_CLOCK, NULL, NULL, CG_I_PASSIVE)                                                                                  \
	X(INTR_DATE_VALUE, "stad_date_value", NULL, CG_I_PASSIVE)                                                                \
	X(INTR_SEED_PUT, "stad_seed_put", NULL, CG_I_PASSIVE)                                                                    \
	X(INTR_SEED_GET, "stad_seed_get", NULL, CG_I_PASSIVE)                                                                    \
	X(INTR_READ, NULL, NULL, CG_I_PASSIVE)                                                                                   \
	X(INTR_IOSTAT, "stad_io_iostat", NULL, CG_I_PASSIVE)                                                                     \
	X(INTR_IOSIZE, "stad_io_size", NULL, CG_I_PASSIVE)                                                                       \
	X(INTR_NEWUNIT, "stad_io_newunit", NULL, CG_I_PASSIVE)                                                                   \
	X(INTR_INQUIRE_L, "stad_io_inquire_answer", NULL, CG_I_PASSIVE)                                                          \
	X(INTR_INQUIRE_I, "stad_io_inquire_answer", NULL, CG_I_PASSIVE)

static const CgIntr intr_table[INTR_COUNT] = {
#define X(id, d, f, kind) [id] = {d, f, kind},
        CG_INTRINSICS(X)
#undef X
};

/* ---------------------------------------------------------------- helpers */

typedef struct CgHelperText {
	const char *name;
	const char *text;
} CgHelperText;

/* The helpers that differ only by C type are written once each, as text with the types spliced
 * in by the preprocessor (the generated C is the same as if written out). */
#define CG_MAXMIN(name, T, op) "static inline " T " " name "(" T " a, " T " b)\n{\n    return a " op " b ? a : b;\n}\n"
#define CG_SIGN(note, name, T)                                                                                                   \
	note "static inline " T " " name "(" T " a, " T " b)\n"                                                                  \
	     "{\n"                                                                                                               \
	     "    " T " m = a < 0 ? -a : a;\n"                                                                                   \
	     "    return b >= 0 ? m : -m;\n"                                                                                     \
	     "}\n"
/* integer i**n, unsigned U products wrapping instead of overflowing */
#define CG_POWI_INT(note, name, T, U)                                                                                            \
	note "static inline " T " " name "(" T " i, " T " n)\n"                                                                  \
	     "{\n"                                                                                                               \
	     "    " U " r = 1u;\n"                                                                                               \
	     "    " U " b = (" U ")i;\n"                                                                                         \
	     "    if (n < 0) {\n"                                                                                                \
	     "        if (i == 1) {\n"                                                                                           \
	     "            return 1;\n"                                                                                           \
	     "        }\n"                                                                                                       \
	     "        if (i == -1) {\n"                                                                                          \
	     "            return n % 2 == 0 ? 1 : -1;\n"                                                                         \
	     "        }\n"                                                                                                       \
	     "        return 0;\n"                                                                                               \
	     "    }\n"                                                                                                           \
	     "    for (; n > 0; n /= 2) {\n"                                                                                     \
	     "        if (n % 2) {\n"                                                                                            \
	     "            r = r * b;\n"                                                                                          \
	     "        }\n"                                                                                                       \
	     "        b = b * b;\n"                                                                                              \
	     "    }\n"                                                                                                           \
	     "    return (" T ")r;\n"                                                                                            \
	     "}\n"
/* real x**n for an integer n of type N (unsigned UN), one the constant 1 of type T */
#define CG_POWI_REAL(note, name, T, N, UN, one)                                                                                  \
	note "static inline " T " " name "(" T " x, " N " n)\n"                                                                  \
	     "{\n"                                                                                                               \
	     "    " UN " m = n < 0 ? 0u - (" UN ")n : (" UN ")n;\n"                                                              \
	     "    " T " r = m % 2 ? x : " one ";\n"                                                                              \
	     "    for (m /= 2; m > 0; m /= 2) {\n"                                                                               \
	     "        x = x * x;\n"                                                                                              \
	     "        if (m % 2) {\n"                                                                                            \
	     "            r = r * x;\n"                                                                                          \
	     "        }\n"                                                                                                       \
	     "    }\n"                                                                                                           \
	     "    return n < 0 ? " one " / r : r;\n"                                                                             \
	     "}\n"
#define CG_ISHFT(note, name, T, U, bits)                                                                                         \
	note "static inline " T " " name "(" T " i, " T " s)\n"                                                                  \
	     "{\n"                                                                                                               \
	     "    " U " u = (" U ")i;\n"                                                                                         \
	     "    return s >= " bits " || s <= -" bits " ? 0 : s >= 0 ? (" T ")(u << s) : (" T ")(u >> -s);\n"                   \
	     "}\n"

static const CgHelperText helper_text[CG_H_COUNT] = {
        [CG_H_MAX_I] = {"stad_max_i", CG_MAXMIN("stad_max_i", "int", ">")},
        [CG_H_MAX_F] = {"stad_max_f", CG_MAXMIN("stad_max_f", "float", ">")},
        [CG_H_MAX_D] = {"stad_max_d", CG_MAXMIN("stad_max_d", "double", ">")},
        [CG_H_MIN_I] = {"stad_min_i", CG_MAXMIN("stad_min_i", "int", "<")},
        [CG_H_MIN_F] = {"stad_min_f", CG_MAXMIN("stad_min_f", "float", "<")},
        [CG_H_MIN_D] = {"stad_min_d", CG_MAXMIN("stad_min_d", "double", "<")},
        [CG_H_SIGN_I] = {"stad_sign_i",
                         CG_SIGN("/* SIGN(a, b) for integers: |a| if b >= 0, else -|a| */\n", "stad_sign_i", "int")},
        [CG_H_POWI_I] = {"stad_powi_i",
                         CG_POWI_INT("/* i**n in Fortran integer arithmetic: for n < 0 it is 1/(i**-n), which truncates\n"
                                     " * to 0 unless |i| == 1. Unsigned products wrap instead of overflowing. */\n",
                                     "stad_powi_i", "int", "unsigned int")},
        [CG_H_POWI_F] = {"stad_powi_f",
                         CG_POWI_REAL("/* x**n for an integer n by repeated squaring, in single precision; n < 0 is "
                                      "1/x**-n */\n",
                                      "stad_powi_f", "float", "int", "unsigned int", "1.0f")},
        [CG_H_POWI_D] = {"stad_powi_d",
                         CG_POWI_REAL("/* x**n for an integer n by repeated squaring; n < 0 is 1/x**-n */\n", "stad_powi_d",
                                      "double", "int", "unsigned int", "1.0")},
        [CG_H_MAX_L] = {"stad_max_l", CG_MAXMIN("stad_max_l", "int64_t", ">")},
        [CG_H_MIN_L] = {"stad_min_l", CG_MAXMIN("stad_min_l", "int64_t", "<")},
        [CG_H_SIGN_L] = {"stad_sign_l",
                         CG_SIGN("/* SIGN(a, b) for INTEGER(8): |a| if b >= 0, else -|a| */\n", "stad_sign_l", "int64_t")},
        [CG_H_POWI_L] = {"stad_powi_l",
                         CG_POWI_INT("/* i**n in Fortran INTEGER(8) arithmetic (see stad_powi_i) */\n", "stad_powi_l", "int64_t",
                                     "uint64_t")},
        [CG_H_POWL_F] = {"stad_powl_f",
                         CG_POWI_REAL("/* x**n for an INTEGER(8) n by repeated squaring, in single precision */\n", "stad_powl_f",
                                      "float", "int64_t", "uint64_t", "1.0f")},
        [CG_H_POWL_D] = {"stad_powl_d",
                         CG_POWI_REAL("/* x**n for an INTEGER(8) n by repeated squaring */\n", "stad_powl_d", "double", "int64_t",
                                      "uint64_t", "1.0")},
        [CG_H_CCMP] = {"stad_ccmp",
                       "/* Fortran's comparison of CHARACTER values: the shorter one blank-padded, ASCII order */\n"
                       "static inline int stad_ccmp(const char *a, int64_t la, const char *b, int64_t lb)\n"
                       "{\n"
                       "    int64_t n = la > lb ? la : lb;\n"
                       "    for (int64_t i = 0; i < n; i++) {\n"
                       "        unsigned char x = i < la ? (unsigned char)a[i] : ' ';\n"
                       "        unsigned char y = i < lb ? (unsigned char)b[i] : ' ';\n"
                       "        if (x != y) {\n"
                       "            return x < y ? -1 : 1;\n"
                       "        }\n"
                       "    }\n"
                       "    return 0;\n"
                       "}\n"},
        [CG_H_CASSIGN] = {"stad_cassign",
                          "/* d = s for CHARACTER: cut to d's length or blank-padded (s may overlap d) */\n"
                          "static inline void stad_cassign(char *d, int64_t ld, const char *s, int64_t ls)\n"
                          "{\n"
                          "    int64_t n = ls < ld ? ls : ld;\n"
                          "    if (n > 0) {\n"
                          "        memmove(d, s, (size_t)n);\n"
                          "    }\n"
                          "    if (ld > n) {\n"
                          "        memset(d + n, ' ', (size_t)(ld - n));\n"
                          "    }\n"
                          "}\n"},
        [CG_H_CPUT] = {"stad_cput",
                       "/* appends s to the concatenation being built in t (*n characters so far) */\n"
                       "static inline void stad_cput(char *t, int64_t *n, const char *s, int64_t ls)\n"
                       "{\n"
                       "    if (ls > 0) {\n"
                       "        memcpy(t + *n, s, (size_t)ls);\n"
                       "        *n += ls;\n"
                       "    }\n"
                       "}\n"},
        [CG_H_LEN_TRIM] = {"stad_len_trim",
                           "/* LEN_TRIM: the length without trailing blanks */\n"
                           "static inline int64_t stad_len_trim(const char *s, int64_t l)\n"
                           "{\n"
                           "    while (l > 0 && s[l - 1] == ' ') {\n"
                           "        l--;\n"
                           "    }\n"
                           "    return l;\n"
                           "}\n"},
        [CG_H_NONBLANK] = {"stad_nonblank",
                           "/* the position of the first non-blank character, l + 1 if none (ADJUSTL compared) */\n"
                           "static inline int64_t stad_nonblank(const char *s, int64_t l)\n"
                           "{\n"
                           "    int64_t k = 0;\n"
                           "    while (k < l && s[k] == ' ') {\n"
                           "        k++;\n"
                           "    }\n"
                           "    return k + 1;\n"
                           "}\n"},
        [CG_H_INDEX] = {"stad_index",
                        "/* INDEX(s, t, back): the first (last) position of t in s, 0 if none */\n"
                        "static inline int64_t stad_index(const char *s, int64_t ls, const char *t, int64_t lt, int back)\n"
                        "{\n"
                        "    if (lt > ls) {\n"
                        "        return 0;\n"
                        "    }\n"
                        "    for (int64_t k = 0; k <= ls - lt; k++) {\n"
                        "        int64_t i = back ? ls - lt - k : k;\n"
                        "        int64_t j = 0;\n"
                        "        while (j < lt && s[i + j] == t[j]) {\n"
                        "            j++;\n"
                        "        }\n"
                        "        if (j == lt) {\n"
                        "            return i + 1;\n"
                        "        }\n"
                        "    }\n"
                        "    return 0;\n"
                        "}\n"},
        [CG_H_CADJUST] = {"stad_cadjust",
                          "/* d = ADJUSTL(s) (right: ADJUSTR(s)): leading (trailing) blanks moved to the other end */\n"
                          "static inline void stad_cadjust(char *d, int64_t ld, const char *s, int64_t ls, int right)\n"
                          "{\n"
                          "    char t[ls > 0 ? ls : 1];\n"
                          "    int64_t k = 0;\n"
                          "    while (k < ls && s[right ? ls - 1 - k : k] == ' ') {\n"
                          "        k++;\n"
                          "    }\n"
                          "    memset(t, ' ', (size_t)(ls > 0 ? ls : 0));\n"
                          "    if (ls - k > 0) {\n"
                          "        memcpy(right ? t + k : t, right ? s : s + k, (size_t)(ls - k));\n"
                          "    }\n"
                          "    stad_cassign(d, ld, t, ls);\n"
                          "}\n"},
        [CG_H_ISHFT_I] = {"stad_ishft_i",
                          CG_ISHFT("/* ISHFT(i, s): bits shifted left (s > 0) or right (s < 0), zeros shifted in; 0 when\n"
                                   " * |s| is the bit size or more (C leaves those shifts undefined) */\n",
                                   "stad_ishft_i", "int", "unsigned int", "32")},
        [CG_H_ISHFT_L] = {"stad_ishft_l", CG_ISHFT("", "stad_ishft_l", "int64_t", "uint64_t", "64")},
        [CG_H_RNG] = {"stad_rng",
                      "/* RANDOM_NUMBER and RANDOM_SEED: xoshiro256** (Blackman and Vigna), one state per generated\n"
                      " * file. The seed is 8 INTEGERs, as gfortran's, but the numbers are not gfortran's. */\n"
                      "static const uint64_t stad_rng_k[4] = {0x9e3779b97f4a7c15u, 0xbf58476d1ce4e5b9u, 0x94d049bb133111ebu,\n"
                      "                                       0x2545f4914f6cdd1du};\n"
                      "static uint64_t stad_rng_s[4] = {0x9e3779b97f4a7c15u, 0xbf58476d1ce4e5b9u, 0x94d049bb133111ebu,\n"
                      "                                 0x2545f4914f6cdd1du};\n"
                      "static inline uint64_t stad_rng_next(void)\n"
                      "{\n"
                      "    uint64_t *s = stad_rng_s;\n"
                      "    uint64_t x = s[1] * 5u;\n"
                      "    uint64_t r = ((x << 7) | (x >> 57)) * 9u;\n"
                      "    uint64_t t = s[1] << 17;\n"
                      "    s[2] ^= s[0];\n"
                      "    s[3] ^= s[1];\n"
                      "    s[1] ^= s[2];\n"
                      "    s[0] ^= s[3];\n"
                      "    s[2] ^= t;\n"
                      "    s[3] = (s[3] << 45) | (s[3] >> 19);\n"
                      "    return r;\n"
                      "}\n"
                      "/* a number in [0, 1) with the precision of the type */\n"
                      "static inline double stad_random_d(void)\n"
                      "{\n"
                      "    return (double)(stad_rng_next() >> 11) * 0x1.0p-53;\n"
                      "}\n"
                      "static inline float stad_random_f(void)\n"
                      "{\n"
                      "    return (float)(stad_rng_next() >> 40) * 0x1.0p-24f;\n"
                      "}\n"
                      "/* RANDOM_SEED(put=p): the state from 8 INTEGERs (n == 0: the default state); returns 0 */\n"
                      "static inline int stad_seed_put(int n, int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8)\n"
                      "{\n"
                      "    const int p[8] = {p1, p2, p3, p4, p5, p6, p7, p8};\n"
                      "    int zero = 1;\n"
                      "    for (int i = 0; i < 4; i++) {\n"
                      "        uint64_t v = n ? (uint64_t)(uint32_t)p[2 * i] | (uint64_t)(uint32_t)p[2 * i + 1] << 32 : 0;\n"
                      "        stad_rng_s[i] = v ^ stad_rng_k[i];\n"
                      "        zero &= stad_rng_s[i] == 0;\n"
                      "    }\n"
                      "    if (zero) {\n"
                      "        stad_rng_s[0] = stad_rng_k[0];\n"
                      "    }\n"
                      "    return 0;\n"
                      "}\n"
                      "/* RANDOM_SEED(get=g): g(k), k = 1..8, the state as put would take it */\n"
                      "static inline int stad_seed_get(int k)\n"
                      "{\n"
                      "    uint64_t v = stad_rng_s[(k - 1) / 2] ^ stad_rng_k[(k - 1) / 2];\n"
                      "    return (int)(uint32_t)((k - 1) % 2 ? v >> 32 : v);\n"
                      "}\n"},
        [CG_H_TIMER] =
                {"stad_timer",
                 "/* CPU_TIME: processor time in seconds */\n"
                 "static inline double stad_cpu_time_d(void)\n"
                 "{\n"
                 "    return (double)clock() / CLOCKS_PER_SEC;\n"
                 "}\n"
                 "static inline float stad_cpu_time_f(void)\n"
                 "{\n"
                 "    return (float)stad_cpu_time_d();\n"
                 "}\n"
                 "/* SYSTEM_CLOCK as gfortran's: which 0 is the count, 1 the rate, 2 the maximum; an INTEGER(4)\n"
                 " * counts milliseconds, an INTEGER(8) nanoseconds. Wall time with C11's timespec_get, else the\n"
                 " * processor time of clock(). */\n"
                 "static inline int64_t stad_clock_i(int which, int kind)\n"
                 "{\n"
                 "    int64_t rate = kind == 8 ? 1000000000 : 1000, max = kind == 8 ? INT64_MAX : 2147483647;\n"
                 "    if (which) {\n"
                 "        return which == 1 ? rate : max;\n"
                 "    }\n"
                 "#if defined(TIME_UTC)\n"
                 "    struct timespec ts;\n"
                 "    timespec_get(&ts, TIME_UTC);\n"
                 "    uint64_t now = (uint64_t)ts.tv_sec * (uint64_t)rate + (uint64_t)ts.tv_nsec / (uint64_t)(1000000000 / rate);\n"
                 "#else\n"
                 "    uint64_t now = (uint64_t)((double)clock() / CLOCKS_PER_SEC * (double)rate);\n"
                 "#endif\n"
                 "    return (int64_t)(now % ((uint64_t)max + 1u));\n"
                 "}\n"
                 "static inline double stad_clock_r(int which)\n"
                 "{\n"
                 "    return which == 1 ? 1000.0 : (double)stad_clock_i(which, 4);\n"
                 "}\n"},
        [CG_H_DATE] = {"stad_date_value",
                       "/* DATE_AND_TIME(values=v): v(k), k = 1..8 (year, month, day, minutes from UTC, hour, minutes,\n"
                       " * seconds, milliseconds); k = 1 reads the clock, the others the same instant */\n"
                       "static inline int stad_date_value(int k)\n"
                       "{\n"
                       "    static int v[8];\n"
                       "    if (k == 1) {\n"
                       "        time_t t = time(NULL);\n"
                       "        struct tm l = *localtime(&t), g = *gmtime(&t);\n"
                       "        g.tm_isdst = l.tm_isdst;\n"
                       "        int ms = 0;\n"
                       "#if defined(TIME_UTC)\n"
                       "        struct timespec ts;\n"
                       "        timespec_get(&ts, TIME_UTC);\n"
                       "        ms = (int)(ts.tv_nsec / 1000000);\n"
                       "#endif\n"
                       "        v[0] = l.tm_year + 1900;\n"
                       "        v[1] = l.tm_mon + 1;\n"
                       "        v[2] = l.tm_mday;\n"
                       "        v[3] = (int)(difftime(mktime(&l), mktime(&g)) / 60);\n"
                       "        v[4] = l.tm_hour;\n"
                       "        v[5] = l.tm_min;\n"
                       "        v[6] = l.tm_sec;\n"
                       "        v[7] = ms;\n"
                       "    }\n"
                       "    return v[k - 1];\n"
                       "}\n"},
        [CG_H_EXP_TANH] = {"stad_exp_d",
                           "/* EXP and TANH of double precision in plain IEEE arithmetic, without branches or calls, so that\n"
                           " * a loop calling them vectorizes and every vector lane computes the bits the scalar code does\n"
                           " * (libm's exp and tanh are calls the C compiler cannot vectorize, and a vector libm would round\n"
                           " * differently from the scalar one). Measured against long double: exp < 1 ulp, tanh < 2.5 ulp.\n"
                           " * 2^k for an integral k in [-1022, 1023] held in a double: k's low bits, where the\n"
                           " * nearest-integer trick leaves them in k + 1.5 * 2^52, moved into the exponent field */\n"
                           "static inline double stad_pow2i_d(double k)\n"
                           "{\n"
                           "    union {\n"
                           "        double d;\n"
                           "        uint64_t u;\n"
                           "    } v;\n"
                           "    v.d = k + 0x1.8p52;\n"
                           "    v.u = (v.u << 52) + 0x3ff0000000000000u;\n"
                           "    return v.d;\n"
                           "}\n"
                           "/* e^r - 1 for |r| <= ln(2)/2: Taylor series to degree 13 (truncation below 2e-17 relative),\n"
                           " * r + r^2 q(r) with q evaluated by Estrin's scheme: four levels of products instead of Horner's\n"
                           " * twelve, so a scalar call waits for fewer dependent operations */\n"
                           "static inline double stad_expm1_red_d(double r)\n"
                           "{\n"
                           "    double r2 = r * r;\n"
                           "    double r4 = r2 * r2;\n"
                           "    double a0 = 1.0 / 2.0 + r * (1.0 / 6.0);\n"
                           "    double a1 = 1.0 / 24.0 + r * (1.0 / 120.0);\n"
                           "    double a2 = 1.0 / 720.0 + r * (1.0 / 5040.0);\n"
                           "    double a3 = 1.0 / 40320.0 + r * (1.0 / 362880.0);\n"
                           "    double a4 = 1.0 / 3628800.0 + r * (1.0 / 39916800.0);\n"
                           "    double a5 = 1.0 / 479001600.0 + r * (1.0 / 6227020800.0);\n"
                           "    double q = (a0 + r2 * a1) + r4 * ((a2 + r2 * a3) + r4 * (a4 + r2 * a5));\n"
                           "    return r + r2 * q;\n"
                           "}\n"
                           "/* *k = the integer nearest y / ln(2) (|y| < 2^50); returns y - k ln(2), ln(2) in two parts whose\n"
                           " * first times k is exact */\n"
                           "static inline double stad_exp_reduce_d(double y, double *k)\n"
                           "{\n"
                           "    double kk = (y * 1.4426950408889634 + 0x1.8p52) - 0x1.8p52;\n"
                           "    *k = kk;\n"
                           "    return (y - kk * 6.93147180369123816490e-01) - kk * 1.90821492927058770002e-10;\n"
                           "}\n"
                           "/* The clamps select copysign(c, x), not the constant c: gcc would otherwise fold the whole\n"
                           " * function on the constant's side and leave a branch that stops vectorization. */\n"
                           "__attribute__((unused)) static inline double stad_exp_d(double x)\n"
                           "{\n"
                           "    double k;\n"
                           "    x = x > 710.0 ? copysign(710.0, x) : x; /* e^x overflows to inf (underflows to 0) beyond */\n"
                           "    x = x < -746.0 ? copysign(746.0, x) : x;\n"
                           "    double p = stad_expm1_red_d(stad_exp_reduce_d(x, &k));\n"
                           "    double k1 = (0.5 * k + 0x1.8p52) - 0x1.8p52; /* 2^k = 2^k1 2^(k - k1), both normal */\n"
                           "    double s1 = stad_pow2i_d(k1);\n"
                           "    return (s1 + s1 * p) * stad_pow2i_d(k - k1);\n"
                           "}\n"
                           "/* tanh(x) = sign(x) (e^2a - 1) / (e^2a + 1), a = |x| (the two come together: one may be unused,\n"
                           " * which clang -Wall reports of a static inline function) */\n"
                           "__attribute__((unused)) static inline double stad_tanh_d(double x)\n"
                           "{\n"
                           "    double k;\n"
                           "    double a = fabs(x);\n"
                           "    a = a > 20.0 ? copysign(20.0, x) : a; /* tanh(20) rounds to 1 */\n"
                           "    double p = stad_expm1_red_d(stad_exp_reduce_d(a + a, &k));\n"
                           "    double s = stad_pow2i_d(k);\n"
                           "    double em = s * p + (s - 1.0); /* e^2a - 1 */\n"
                           "    return copysign(em / (em + 2.0), x);\n"
                           "}\n"},
        [CG_H_DIGAMMA] = {"stad_digamma_d",
                          "/* psi(x) = GAMMA'(x) / GAMMA(x), for the derivatives of GAMMA and LOG_GAMMA (C's libm has no\n"
                          " * digamma). x < 0: psi(x) = psi(1 - x) - pi / tan(pi x), x taken modulo 1\n"
                          " * into [-1/2, 1/2) so that tan is accurate near the poles; then\n"
                          " * psi(x) = psi(x + 1) - 1 / x up to x >= 10, where the asymptotic series\n"
                          " * log x - 1/(2x) - sum B_2k / (2k x^2k), to k = 7, is good to 1e-17 */\n"
                          "static inline double stad_digamma_d(double x)\n"
                          "{\n"
                          "    double r = 0;\n"
                          "    if (x <= 0 && x == floor(x))\n"
                          "        return NAN; /* a pole */\n"
                          "    if (x < 0) {\n"
                          "        r = -3.14159265358979323846 / tan(3.14159265358979323846 * (x - floor(x + 0.5)));\n"
                          "        x = 1 - x;\n"
                          "    }\n"
                          "    while (x < 10) {\n"
                          "        r -= 1 / x;\n"
                          "        x += 1;\n"
                          "    }\n"
                          "    double z = 1 / (x * x);\n"
                          "    double s = 1.0 / 132 - z * (691.0 / 32760 - z * (1.0 / 12));\n"
                          "    s = z * (1.0 / 12 - z * (1.0 / 120 - z * (1.0 / 252 - z * (1.0 / 240 - z * s))));\n"
                          "    return r + log(x) - 0.5 / x - s;\n"
                          "}\n"
                          "static inline float stad_digamma_f(float x)\n"
                          "{\n"
                          "    return (float)stad_digamma_d(x);\n"
                          "}\n"},
};

static const char *use_helper(CgUnit *U, CgHelper h)
{
	U->cg->helper_used[h] = 1;
	return helper_text[h].name;
}

void cg_helpers(Cg *cg, CgBuf *b)
{
	int first = 1;
	for (int h = 0; h < CG_H_COUNT; h++) {
		if (!cg->helper_used[h])
			continue;
		if (!first)
			cg_buf_putc(b, '\n');
		first = 0;
		cg_buf_puts(b, helper_text[h].text);
	}
}

/* ---------------------------------------------------------------- constants */

int cg_fold_int(const IrExpr *e, long long *v)
{
	int64_t x;
	if (!ir_eval_int(e, NULL, NULL, &x))
		return 0;
	*v = (long long)x;
	return 1;
}

static int int_literal(long long v, CgBuf *b)
{
	if (v == INT_MIN) {
		cg_buf_puts(b, "(-2147483647 - 1)");
		return CG_P_PRIMARY;
	}
	if (v == LLONG_MIN) {
		cg_buf_puts(b, "(-9223372036854775807LL - 1)");
		return CG_P_PRIMARY;
	}
	cg_buf_printf(b, "%lld", v);
	return v < 0 ? CG_P_UNARY : CG_P_PRIMARY;
}

/* The shortest decimal that reads back as the same value of the kind, with a '.' or an
 * exponent so C reads a floating constant, and 'f' for REAL. */
void cg_real_literal(double v, IrBase t, CgBuf *b)
{
	if (isnan(v)) {
		cg_buf_puts(b, t == TY_REAL4 ? "NAN" : "(double)NAN");
		return;
	}
	if (isinf(v)) {
		const char *s = v < 0 ? "-" : "";
		cg_buf_printf(b, t == TY_REAL4 ? "%sINFINITY" : "%s(double)INFINITY", s);
		return;
	}
	/* The shortest text that reads back as v: up to 17 tries of printf and strtod each, for
	 * the same few constants again and again; the last text of each slot is kept. */
	enum { NCACHE = 256 };
	static struct {
		uint64_t bits;
		int single, used;
		char s[40];
	} cache[NCACHE];
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	int single = t == TY_REAL4;
	size_t slot = (size_t)((bits ^ (bits >> 29) ^ (uint64_t)single) * 0x9E3779B97F4A7C15ull >> 56) % NCACHE;
	char s[64];
	if (cache[slot].used && cache[slot].bits == bits && cache[slot].single == single) {
		strcpy(s, cache[slot].s);
	} else {
		for (int prec = 1; prec <= 17; prec++) {
			snprintf(s, sizeof s, "%.*g", prec, v);
			if (t == TY_REAL4 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v)
				break;
		}
		/* %g writes 10 as 1e+01: integers of moderate size read better in full */
		const char *e = strchr(s, 'e');
		if (e && atoi(e + 1) >= 0 && atoi(e + 1) < 17)
			snprintf(s, sizeof s, "%.0f", v);
		if (!strchr(s, '.') && !strchr(s, 'e'))
			strcat(s, ".0");
		if (strlen(s) < sizeof cache[slot].s) {
			cache[slot].bits = bits;
			cache[slot].single = single;
			cache[slot].used = 1;
			strcpy(cache[slot].s, s);
		}
	}
	cg_buf_puts(b, s);
	if (t == TY_REAL4)
		cg_buf_putc(b, 'f');
}

static int real_literal(double v, IrBase t, CgBuf *b)
{
	cg_real_literal(v, t, b);
	return v < 0 || (v == 0 && signbit(v)) ? CG_P_UNARY : CG_P_PRIMARY;
}

/* A string literal's contents for a C string (and a printf format when `format`). */
static void c_string_chars(const char *s, int format, CgBuf *b)
{
	char prev = 0;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			cg_buf_printf(b, "\\%c", c);
		else if (c == '%' && format)
			cg_buf_puts(b, "%%");
		else if (c == '?' && prev == '?')
			cg_buf_puts(b, "\\?"); /* no trigraphs */
		else if (c < 32 || c >= 127)
			cg_buf_printf(b, "\\%03o", c);
		else
			cg_buf_putc(b, (char)c);
		prev = (char)c;
	}
}

void cg_const(const IrExpr *e, CgBuf *b)
{
	switch (e->kind) {
	case IR_CONST_INT: int_literal((long long)e->u.ival, b); break;
	case IR_CONST_REAL: cg_real_literal(e->u.real.v, e->type, b); break;
	case IR_CONST_LOG: cg_buf_puts(b, e->u.ival ? "1" : "0"); break;
	case IR_CONST_STR:
		cg_buf_putc(b, '"');
		c_string_chars(e->u.str, 0, b);
		cg_buf_putc(b, '"');
		break;
	default: {
		long long v;
		if (cg_fold_int(e, &v))
			int_literal(v, b);
		else
			assert(!"cg_const: not a constant");
		break;
	}
	}
}

/* ---------------------------------------------------------------- operands */

enum {
	OP_NEG = 1,    /* parenthesize an operand that starts with '-' (a - (-b)) */
	OP_NOT = 2,    /* ... with '!' (gcc: !a == b) */
	OP_NOT_AND = 4 /* ... that is an && (gcc: a && b || c) */
};

static void operand(CgUnit *U, const IrExpr *e, int minprec, int flags, CgBuf *b)
{
	CgBuf t = {0};
	int p = cg_expr(U, e, &t);
	const char *s = cg_buf_str(&t);
	int wrap = p < minprec || s[0] == '*' || ((flags & OP_NEG) && s[0] == '-') || ((flags & OP_NOT) && s[0] == '!') ||
	        ((flags & OP_NOT_AND) && p == CG_P_AND);
	if (wrap)
		cg_buf_putc(b, '(');
	cg_buf_puts(b, s);
	if (wrap)
		cg_buf_putc(b, ')');
	cg_buf_free(&t);
}

void cg_expr_prec(CgUnit *U, const IrExpr *e, int minprec, CgBuf *b)
{
	CgBuf t = {0};
	int p = cg_expr(U, e, &t);
	const char *s = cg_buf_str(&t);
	/* as the operand of an operator: (*x), and a - (-b) */
	if (p < minprec || (minprec > CG_P_COMMA + 1 && s[0] == '*') || (minprec > CG_P_ADD && s[0] == '-'))
		cg_buf_printf(b, "(%s)", cg_buf_str(&t));
	else
		cg_buf_puts(b, cg_buf_str(&t));
	cg_buf_free(&t);
}

static void args_list(CgUnit *U, IrExpr *const *args, int n, CgBuf *b)
{
	for (int i = 0; i < n; i++) {
		if (i)
			cg_buf_puts(b, ", ");
		cg_expr_prec(U, args[i], CG_P_COMMA + 1, b);
	}
}

/* ---------------------------------------------------------------- e + c */

int cg_expr_plus(CgUnit *U, const IrExpr *e, long long c, CgBuf *b)
{
	long long v, k;
	if (cg_fold_int(e, &v))
		return int_literal(v + c, b);
	/* peel constant terms: (x + 2) + c, (x - 2) + c, 2 + x */
	for (;;) {
		if (e->kind != IR_BINARY || !ir_base_is_int(e->type))
			break;
		if ((e->u.op.op == IR_ADD || e->u.op.op == IR_SUB) && cg_fold_int(e->u.op.b, &k)) {
			c += e->u.op.op == IR_ADD ? k : -k;
			e = e->u.op.a;
		} else if (e->u.op.op == IR_ADD && cg_fold_int(e->u.op.a, &k)) {
			c += k;
			e = e->u.op.b;
		} else {
			break;
		}
	}
	if (c == 0)
		return cg_expr(U, e, b);
	operand(U, e, CG_P_ADD, 0, b);
	if (c > 0)
		cg_buf_printf(b, " + %lld", c);
	else
		cg_buf_printf(b, " - %lld", -c);
	return CG_P_ADD;
}

/* ---------------------------------------------------------------- variables */

typedef struct Piece {
	CgBuf s;
	int prec;
	int is_const;
	long long v;
} Piece;

static void piece_const(Piece *p, long long v)
{
	p->is_const = 1;
	p->v = v;
	p->prec = int_literal(v, &p->s);
}

/* Dimension d's zero-based index plus `shift`: idx - lo + shift. */
static void index_term(CgUnit *U, CgSym *cs, int d, const IrExpr *idx, long long shift, Piece *t)
{
	long long k;
	if (cs->lo_known[d]) {
		if (cg_fold_int(idx, &k))
			piece_const(t, k - cs->lo[d] + shift);
		else
			t->prec = cg_expr_plus(U, idx, shift - cs->lo[d], &t->s);
		return;
	}
	operand(U, idx, CG_P_ADD, 0, &t->s);
	cg_buf_printf(&t->s, " - %s", cg_lo_name(U, cs, d));
	if (shift > 0)
		cg_buf_printf(&t->s, " + %lld", shift);
	else if (shift < 0)
		cg_buf_printf(&t->s, " - %lld", -shift);
	t->prec = CG_P_ADD;
}

/* Column-major offset, Horner style: (i - lo1) + n1 * ((j - lo2) + n2 * (k - lo3)). */
static void array_offset(CgUnit *U, CgSym *cs, IrExpr *const *idx, int n, CgBuf *b)
{
	Piece acc = {0};
	for (int d = n - 1; d >= 0; d--) {
		Piece t = {0}, r = {0};
		if (d == n - 1 || (acc.is_const && (acc.v == 0 || cs->n_known[d]))) {
			long long shift = d == n - 1 || acc.v == 0 ? 0 : cs->ext[d] * acc.v;
			index_term(U, cs, d, idx[d], shift, &t);
			cg_buf_free(&acc.s);
			acc = t;
			continue;
		}
		index_term(U, cs, d, idx[d], 0, &t);
		/* product: n_d * acc */
		CgBuf prod = {0};
		if (cs->n_known[d])
			cg_buf_printf(&prod, "%lld", cs->ext[d]);
		else
			cg_buf_puts(&prod, cg_n_name(U, cs, d));
		cg_buf_puts(&prod, " * ");
		const char *as = cg_buf_str(&acc.s);
		if (acc.prec <= CG_P_MUL || as[0] == '-' || as[0] == '*')
			cg_buf_printf(&prod, "(%s)", as);
		else
			cg_buf_puts(&prod, as);
		if (t.is_const && t.v == 0) {
			cg_buf_append(&r.s, &prod);
			r.prec = CG_P_MUL;
		} else {
			if (t.prec <= CG_P_ADD || cg_buf_str(&t.s)[0] == '*')
				cg_buf_printf(&r.s, "(%s)", cg_buf_str(&t.s));
			else
				cg_buf_puts(&r.s, cg_buf_str(&t.s));
			cg_buf_printf(&r.s, " + %s", cg_buf_str(&prod));
			r.prec = CG_P_ADD;
		}
		cg_buf_free(&prod);
		cg_buf_free(&t.s);
		cg_buf_free(&acc.s);
		acc = r;
	}
	cg_buf_puts(b, cg_buf_str(&acc.s));
	cg_buf_free(&acc.s);
}

static int var_ref(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	const IrSym *s = e->u.var.sym;
	CgSym *cs = cg_sym(U, s);
	cs->printed = 1;
	if (s->rank && e->u.var.nidx) {
		assert(e->u.var.nidx == s->rank);
		cg_buf_printf(b, "%s[", cs->cname);
		array_offset(U, cs, e->u.var.idx, e->u.var.nidx, b);
		cg_buf_putc(b, ']');
		return CG_P_PRIMARY;
	}
	if (!s->rank && cs->st == CG_ST_ARG) {
		cg_buf_printf(b, "*%s", cs->cname);
		return CG_P_UNARY;
	}
	cg_buf_puts(b, cs->cname);
	return CG_P_PRIMARY;
}

void cg_lvalue(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	assert(e->kind == IR_VAR);
	var_ref(U, e, b);
}

int cg_addressable(const IrExpr *e)
{
	return e->kind == IR_VAR && e->u.var.sym->kind != SYM_PARAM;
}

void cg_address(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	assert(cg_addressable(e));
	if (e->type == TY_CHAR) {
		cg_char_ptr(U, e, b);
		return;
	}
	const IrSym *s = e->u.var.sym;
	CgSym *cs = cg_sym(U, s);
	cs->printed = 1;
	if (s->rank && !e->u.var.nidx) /* whole array: the pointer */
		cg_buf_puts(b, cs->cname);
	else if (s->rank) {
		cg_buf_putc(b, '&');
		var_ref(U, e, b);
	} else if (cs->st == CG_ST_ARG)
		cg_buf_puts(b, cs->cname);
	else
		cg_buf_printf(b, "&%s", cs->cname);
}

/* ---------------------------------------------------------------- operators */

static int conversion(CgUnit *U, IrBase to, const IrExpr *x, CgBuf *b)
{
	if (x->type == to)
		return cg_expr(U, x, b);
	/* a literal converted is written as the literal of the new type: 2.0, not (double)2; a
	 * PARAMETER keeps its name */
	const IrExpr *lit = x->kind == IR_UNARY && x->u.op.op == IR_NEG ? x->u.op.a : x;
	if (ir_base_is_real(to) && lit->kind == IR_CONST_INT) {
		long long v = (long long)lit->u.ival;
		return real_literal((double)(lit == x ? v : -v), to, b);
	}
	/* an INTEGER literal as INTEGER(8): C widens it wherever it meets an int64_t (arithmetic
	 * on literals alone is folded, see binary()) */
	if (to == TY_INT8 && x->kind == IR_CONST_INT)
		return int_literal((long long)x->u.ival, b);
	cg_buf_printf(b, "(%s)", cg_ctype(to));
	operand(U, x, CG_P_UNARY, OP_NEG, b);
	return CG_P_UNARY;
}

static int simple_base(const IrExpr *x)
{
	return x->kind == IR_VAR || x->kind == IR_CONST_INT || x->kind == IR_CONST_REAL;
}

static int power(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	const IrExpr *x = e->u.op.a, *y = e->u.op.b;
	if (!ir_base_is_int(y->type)) {
		U->cg->use_math = 1;
		cg_buf_puts(b, e->type == TY_REAL4 ? "powf(" : "pow(");
		args_list(U, (IrExpr *const[]){(IrExpr *)x, (IrExpr *)y}, 2, b);
		cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	}
	long long n, base;
	int64_t v;
	int known = cg_fold_int(y, &n);
	if (known && ir_base_is_int(x->type) && cg_fold_int(x, &base) && ir_int_power(base, n, e->type, &v))
		return int_literal((long long)v, b);
	if (known && n == 0) {
		if (ir_base_is_int(e->type))
			return int_literal(1, b);
		return real_literal(1.0, e->type, b);
	}
	if (known && n == 1)
		return cg_expr(U, x, b);
	if (known && (n == 2 || n == 3) && simple_base(x)) {
		operand(U, x, CG_P_MUL, 0, b);
		for (long long i = 1; i < n; i++) {
			cg_buf_puts(b, " * ");
			operand(U, x, CG_P_MUL + 1, OP_NEG, b);
		}
		return CG_P_MUL;
	}
	CgHelper h = e->type == TY_INT8 ? CG_H_POWI_L
	        : e->type == TY_INT     ? CG_H_POWI_I
	        : y->type == TY_INT8    ? (e->type == TY_REAL4 ? CG_H_POWL_F : CG_H_POWL_D)
	        : e->type == TY_REAL4   ? CG_H_POWI_F
	                                : CG_H_POWI_D;
	cg_buf_printf(b, "%s(", use_helper(U, h));
	args_list(U, (IrExpr *const[]){(IrExpr *)x, (IrExpr *)y}, 2, b);
	cg_buf_putc(b, ')');
	return CG_P_PRIMARY;
}

static int char_compare(CgUnit *U, const IrExpr *e, CgBuf *b);

static int binary(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	const IrExpr *x = e->u.op.a, *y = e->u.op.b;
	int p;
	const char *op;
	/* INTEGER(8) arithmetic on literals alone: C would compute it in int */
	long long k;
	if (e->type == TY_INT8 && cg_fold_int(e, &k))
		return int_literal(k, b);
	if (x->type == TY_CHAR)
		return char_compare(U, e, b);
	switch (e->u.op.op) {
	case IR_ADD: p = CG_P_ADD, op = "+"; break;
	case IR_SUB: p = CG_P_ADD, op = "-"; break;
	case IR_MUL: p = CG_P_MUL, op = "*"; break;
	case IR_DIV: p = CG_P_MUL, op = "/"; break;
	case IR_POW: return power(U, e, b);
	case IR_LT: p = CG_P_REL, op = "<"; goto relational;
	case IR_LE: p = CG_P_REL, op = "<="; goto relational;
	case IR_GT: p = CG_P_REL, op = ">"; goto relational;
	case IR_GE: p = CG_P_REL, op = ">="; goto relational;
	case IR_EQ:
	case IR_EQV: p = CG_P_EQ, op = "=="; goto relational;
	case IR_NE:
	case IR_NEQV: p = CG_P_EQ, op = "!="; goto relational;
	case IR_AND:
		operand(U, x, CG_P_AND, 0, b);
		cg_buf_puts(b, " && ");
		operand(U, y, CG_P_AND + 1, 0, b);
		return CG_P_AND;
	case IR_OR:
		operand(U, x, CG_P_OR, OP_NOT_AND, b);
		cg_buf_puts(b, " || ");
		operand(U, y, CG_P_OR + 1, OP_NOT_AND, b);
		return CG_P_OR;
	default: assert(!"binary: not a binary operator"); return CG_P_PRIMARY;
	}
	/* arithmetic: left-associative, the right operand binds tighter */
	operand(U, x, p, 0, b);
	cg_buf_printf(b, " %s ", op);
	operand(U, y, p + 1, OP_NEG, b);
	return p;
relational:
	/* no comparison directly inside a comparison (gcc -Wparentheses) */
	operand(U, x, CG_P_REL + 1, OP_NOT, b);
	cg_buf_printf(b, " %s ", op);
	operand(U, y, CG_P_REL + 1, OP_NOT, b);
	return p;
}

/* ---------------------------------------------------------------- CHARACTER */

static const char *use_char_helper(CgUnit *U, CgHelper h)
{
	U->cg->use_stdint = 1;
	if (h == CG_H_CASSIGN || h == CG_H_CPUT || h == CG_H_CADJUST)
		U->cg->use_string = 1;
	if (h == CG_H_CADJUST)
		use_helper(U, CG_H_CASSIGN);
	return use_helper(U, h);
}

void cg_char_len(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	cg_expr_prec(U, ir_char_len(U->cg->p->arena, e), CG_P_COMMA + 1, b);
}

void cg_char_ptr(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	switch (e->kind) {
	case IR_CONST_STR: cg_const(e, b); return;
	case IR_CONVERT: cg_char_ptr(U, e->u.conv.e, b); return;
	case IR_VAR: {
		const IrSym *s = e->u.var.sym;
		CgSym *cs = cg_sym(U, s);
		cs->printed = 1;
		if (!s->rank || !e->u.var.nidx) {
			cg_buf_puts(b, cs->cname);
			return;
		}
		/* element k of a CHARACTER array: k * len characters in */
		cg_buf_printf(b, "(%s + (int64_t)(", cs->cname);
		array_offset(U, cs, e->u.var.idx, e->u.var.nidx, b);
		cg_buf_puts(b, ") * ");
		cg_expr_prec(U, ir_char_len(U->cg->p->arena, e), CG_P_MUL + 1, b);
		cg_buf_putc(b, ')');
		return;
	}
	case IR_INTRIN:
		if (e->u.call.id == INTR_SUBSTR) { /* s(lo:hi) starts lo - 1 characters in */
			long long lo;
			if (cg_fold_int(e->u.call.args[1], &lo) && lo == 1) {
				cg_char_ptr(U, e->u.call.args[0], b);
				return;
			}
			cg_buf_puts(b, "(");
			cg_char_ptr(U, e->u.call.args[0], b);
			cg_buf_puts(b, " + ");
			cg_expr_plus(U, e->u.call.args[1], -1, b);
			cg_buf_puts(b, ")");
			return;
		}
		if (e->u.call.id == INTR_TRIM) { /* the same characters, a shorter length */
			cg_char_ptr(U, e->u.call.args[0], b);
			return;
		}
		if (e->u.call.id == INTR_CHAR) { /* one character, in a compound literal of the statement */
			cg_buf_puts(b, "((char[]){(char)(");
			cg_expr_prec(U, e->u.call.args[0], CG_P_COMMA + 1, b);
			cg_buf_puts(b, ")})");
			return;
		}
		break;
	default: break;
	}
	cg_problem(U->cg, e->loc, "this CHARACTER expression cannot be translated here (internal)");
	cg_buf_puts(b, "\"\"");
}

/* "p, len" of a CHARACTER operand */
static void char_operand(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	cg_char_ptr(U, e, b);
	cg_buf_puts(b, ", ");
	cg_char_len(U, e, b);
}

static void concat_parts(CgUnit *U, const IrExpr *e, const char *buf, const char *n)
{
	if (e->kind == IR_BINARY && e->u.op.op == IR_CONCAT) {
		concat_parts(U, e->u.op.a, buf, n);
		concat_parts(U, e->u.op.b, buf, n);
		return;
	}
	CgBuf b = {0};
	char_operand(U, e, &b);
	cg_line(U, "%s(%s, &%s, %s);", use_char_helper(U, CG_H_CPUT), buf, n, cg_buf_str(&b));
	cg_buf_free(&b);
}

void cg_char_assign(CgUnit *U, const IrExpr *lhs, const IrExpr *rhs)
{
	CgBuf d = {0};
	char_operand(U, lhs, &d);
	if (rhs->kind == IR_BINARY && rhs->u.op.op == IR_CONCAT) {
		/* the parts go into a buffer first: a part may be the variable assigned */
		CgBuf len = {0};
		cg_char_len(U, rhs, &len);
		const char *t = cg_unique(U->cg, &U->taken, "cat"), *n = cg_unique(U->cg, &U->taken, "cat_n");
		cg_line(U, "{");
		U->indent++;
		cg_line(U, "char %s[%s + 1];", t, cg_buf_str(&len));
		cg_line(U, "int64_t %s = 0;", n);
		concat_parts(U, rhs, t, n);
		cg_line(U, "%s(%s, %s, %s);", use_char_helper(U, CG_H_CASSIGN), cg_buf_str(&d), t, n);
		U->indent--;
		cg_line(U, "}");
		cg_buf_free(&len);
	} else if (rhs->kind == IR_INTRIN && (rhs->u.call.id == INTR_ADJUSTL || rhs->u.call.id == INTR_ADJUSTR)) {
		CgBuf s = {0};
		char_operand(U, rhs->u.call.args[0], &s);
		cg_line(U, "%s(%s, %s, %d);", use_char_helper(U, CG_H_CADJUST), cg_buf_str(&d), cg_buf_str(&s),
		        rhs->u.call.id == INTR_ADJUSTR);
		cg_buf_free(&s);
	} else {
		CgBuf s = {0};
		char_operand(U, rhs, &s);
		cg_line(U, "%s(%s, %s);", use_char_helper(U, CG_H_CASSIGN), cg_buf_str(&d), cg_buf_str(&s));
		cg_buf_free(&s);
	}
	cg_buf_free(&d);
}

/* LEN_TRIM, INDEX, LGE.., ICHAR, and comparisons: INTEGER and LOGICAL values */
static int char_intrinsic(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	IrExpr *const *a = e->u.call.args;
	const char *rel = NULL;
	switch (e->u.call.id) {
	case INTR_LEN_TRIM:
		cg_buf_printf(b, "(int)%s(", use_char_helper(U, CG_H_LEN_TRIM));
		char_operand(U, a[0], b);
		cg_buf_putc(b, ')');
		return CG_P_UNARY;
	case INTR_NONBLANK:
		cg_buf_printf(b, "(int)%s(", use_char_helper(U, CG_H_NONBLANK));
		char_operand(U, a[0], b);
		cg_buf_putc(b, ')');
		return CG_P_UNARY;
	case INTR_INDEX:
		cg_buf_printf(b, "(int)%s(", use_char_helper(U, CG_H_INDEX));
		char_operand(U, a[0], b);
		cg_buf_puts(b, ", ");
		char_operand(U, a[1], b);
		cg_buf_puts(b, ", ");
		if (e->u.call.nargs > 2)
			cg_expr_prec(U, a[2], CG_P_COMMA + 1, b);
		else
			cg_buf_puts(b, "0");
		cg_buf_putc(b, ')');
		return CG_P_UNARY;
	case INTR_ICHAR:
	case INTR_IACHAR: /* (ASCII: the same code) */
		cg_buf_puts(b, "(int)(unsigned char)*");
		cg_char_ptr(U, a[0], b);
		return CG_P_UNARY;
	case INTR_LGE: rel = ">="; break;
	case INTR_LGT: rel = ">"; break;
	case INTR_LLE: rel = "<="; break;
	case INTR_LLT: rel = "<"; break;
	default:
		cg_problem(U->cg, e->loc, "the CHARACTER intrinsic %s cannot be translated here (internal)",
		           ir_intrinsics[e->u.call.id].name);
		cg_buf_puts(b, "0");
		return CG_P_PRIMARY;
	}
	cg_buf_printf(b, "%s(", use_char_helper(U, CG_H_CCMP));
	char_operand(U, a[0], b);
	cg_buf_puts(b, ", ");
	char_operand(U, a[1], b);
	cg_buf_printf(b, ") %s 0", rel);
	return CG_P_REL;
}

int cg_call_arg_special(CgUnit *U, const IrUnit *f, int i, const IrExpr *a, CgBuf *b)
{
	if (a->kind == IR_VAR && a->u.var.sym->absent) { /* an omitted OPTIONAL argument, as gfortran passes it */
		U->cg->use_stdlib = 1;
		cg_buf_puts(b, "NULL");
		return 1;
	}
	if (f && f->args && i < f->nargs && f->args[i] && f->args[i]->allocatable && f->args[i]->kind == SYM_ARG) {
		/* an ALLOCATABLE dummy: the address of the caller's pointer */
		assert(a->kind == IR_VAR && !a->u.var.nidx);
		CgSym *cs = cg_sym(U, a->u.var.sym);
		cs->printed = 1;
		if (cs->st == CG_ST_ARG_ALLOC)
			cg_buf_puts(b, cs->pname);
		else
			cg_buf_printf(b, "&%s", cs->cname);
		return 1;
	}
	if (f && f->args && i < f->nargs && f->args[i] && f->args[i]->len_of) { /* a hidden length: by value */
		cg_expr_prec(U, a, CG_P_COMMA + 1, b);
		return 1;
	}
	if (a->type == TY_CHAR) {
		cg_char_ptr(U, a, b);
		return 1;
	}
	return 0;
}

static int char_compare(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	static const char *const rel[] = {
	        [IR_EQ] = "==", [IR_NE] = "!=", [IR_LT] = "<", [IR_LE] = "<=", [IR_GT] = ">", [IR_GE] = ">="};
	cg_buf_printf(b, "%s(", use_char_helper(U, CG_H_CCMP));
	char_operand(U, e->u.op.a, b);
	cg_buf_puts(b, ", ");
	char_operand(U, e->u.op.b, b);
	cg_buf_printf(b, ") %s 0", rel[e->u.op.op]);
	return e->u.op.op == IR_EQ || e->u.op.op == IR_NE ? CG_P_EQ : CG_P_REL;
}

/* The timers and the random generator (frontend/sema_intrsub.c): the first argument of
 * stad_random, stad_cpu_time and stad_clock only gives the type, and is not read. */
static int passive_intrinsic(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	IrIntrinsic g = e->u.call.id;
	IrExpr *const *a = e->u.call.args;
	const CgIntr *in = &intr_table[g];
	U->cg->use_stdint = U->cg->use_time = 1;
	switch (g) {
	case INTR_RANDOM:
	case INTR_CPU_TIME:
		use_helper(U, g == INTR_RANDOM ? CG_H_RNG : CG_H_TIMER);
		cg_buf_printf(b, "%s()", e->type == TY_REAL4 ? in->f : in->d);
		return CG_P_PRIMARY;
	case INTR_CLOCK: {
		use_helper(U, CG_H_TIMER);
		int which = (int)a[1]->u.ival;
		if (ir_base_is_real(e->type))
			cg_buf_printf(b, "(%s)stad_clock_r(%d)", e->type == TY_REAL4 ? "float" : "double", which);
		else
			cg_buf_printf(b, "(%s)stad_clock_i(%d, %d)", e->type == TY_INT8 ? "int64_t" : "int", which,
			              e->type == TY_INT8 ? 8 : 4);
		return CG_P_UNARY;
	}
	case INTR_READ: /* an input item: v = stad_io_rX(&v), the value read or v's own (backend/io.c) */
		U->cg->use_io = U->cg->use_stdio = U->cg->use_stdlib = U->cg->use_string = U->cg->use_math = 1;
		cg_buf_puts(b,
		            e->type == TY_INT             ? "stad_io_ri4(&"
		                    : e->type == TY_INT8  ? "stad_io_ri8(&"
		                    : e->type == TY_REAL4 ? "stad_io_rr4(&"
		                    : e->type == TY_REAL8 ? "stad_io_rr8(&"
		                                          : "stad_io_rl(&");
		cg_expr_prec(U, a[0], CG_P_UNARY, b);
		cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	case INTR_INQUIRE_L:
	case INTR_INQUIRE_I:
		U->cg->use_io = U->cg->use_stdio = U->cg->use_stdlib = U->cg->use_string = U->cg->use_math = 1;
		cg_buf_printf(b, "stad_io_inquire_answer(%d)", (int)a[0]->u.ival);
		return CG_P_PRIMARY;
	case INTR_IOSTAT:
	case INTR_IOSIZE:
	case INTR_NEWUNIT:
		U->cg->use_io = U->cg->use_stdio = U->cg->use_stdlib = U->cg->use_string = U->cg->use_math = 1;
		cg_buf_puts(b,
		            e->u.call.id == INTR_IOSTAT           ? "stad_io_iostat()"
		                    : e->u.call.id == INTR_IOSIZE ? "stad_io_size()"
		                                                  : "stad_io_newunit()");
		return CG_P_PRIMARY;
	case INTR_SEED_PUT:
		use_helper(U, CG_H_RNG);
		/* stad_seed_put(p1, ..., p8), or stad_seed_put(0): the default state */
		cg_buf_printf(b, "stad_seed_put(%d", e->u.call.nargs == 8 ? 8 : 0);
		for (int i = 0; i < 8; i++) {
			cg_buf_puts(b, ", ");
			if (e->u.call.nargs == 8)
				cg_expr_prec(U, a[i], CG_P_COMMA + 1, b);
			else
				cg_buf_puts(b, "0");
		}
		cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	default:
		use_helper(U, g == INTR_DATE_VALUE ? CG_H_DATE : CG_H_RNG);
		cg_buf_printf(b, "%s(", in->d);
		cg_expr_prec(U, a[0], CG_P_COMMA + 1, b);
		cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	}
}

static int intrinsic(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	if (ir_intrinsics[e->u.call.id].argtype == AT_CHAR)
		return char_intrinsic(U, e, b);
	if (e->u.call.id == INTR_PRESENT) { /* an absent OPTIONAL argument is a null pointer */
		CgSym *cs = cg_sym(U, e->u.call.args[0]->u.var.sym);
		cs->printed = 1;
		U->cg->use_stdlib = 1;
		cg_buf_printf(b, "%s != NULL", cs->cname);
		return CG_P_EQ;
	}
	Cg *cg = U->cg;
	IrIntrinsic g = ir_intrinsics[e->u.call.id].generic;
	const CgIntr *in = &intr_table[g];
	IrExpr *const *a = e->u.call.args;
	int n = e->u.call.nargs;
	IrBase at = n ? a[0]->type : e->type;
	const char *name = at == TY_REAL4 ? in->f : in->d;
	switch (in->kind) {
	case CG_I_NONE: break;
	case CG_I_ABS:
		if (ir_base_is_int(at)) {
			cg->use_stdlib = 1;
			name = at == TY_INT8 ? "llabs" : "abs";
		}
		goto call;
	case CG_I_SIGN:
		if (ir_base_is_int(at)) {
			cg_buf_printf(b, "%s(", use_helper(U, at == TY_INT8 ? CG_H_SIGN_L : CG_H_SIGN_I));
			args_list(U, a, n, b);
			cg_buf_putc(b, ')');
			return CG_P_PRIMARY;
		}
		goto call;
	case CG_I_MOD:
		if (ir_base_is_int(at) && n == 2) {
			operand(U, a[0], CG_P_MUL, 0, b);
			cg_buf_puts(b, " % ");
			operand(U, a[1], CG_P_MUL + 1, OP_NEG, b);
			return CG_P_MUL;
		}
		goto call;
	case CG_I_BITS: {
		/* on unsigned values of the same width, then back: no undefined behaviour at the sign bit */
		const char *ut = at == TY_INT8 ? "uint64_t" : "unsigned int", *st = at == TY_INT8 ? "int64_t" : "int";
		if (g == INTR_ISHFT) {
			cg_buf_printf(b, "%s(", use_helper(U, at == TY_INT8 ? CG_H_ISHFT_L : CG_H_ISHFT_I));
			args_list(U, a, n, b);
			cg_buf_putc(b, ')');
			return CG_P_PRIMARY;
		}
		if (g == INTR_NOT) {
			cg_buf_printf(b, "(%s)~(%s)", st, ut);
			operand(U, a[0], CG_P_UNARY, 0, b);
			return CG_P_UNARY;
		}
		int bit = g == INTR_IBSET || g == INTR_IBCLR || g == INTR_BTEST; /* the second argument is a position */
		if (g == INTR_BTEST)
			cg_buf_putc(b, '(');
		else
			cg_buf_printf(b, "(%s)", st);
		cg_buf_printf(b, "((%s)", ut);
		operand(U, a[0], CG_P_UNARY, 0, b);
		cg_buf_printf(b, " %s ", name);
		if (bit)
			cg_buf_printf(b, "((%s)1 << ", ut);
		else
			cg_buf_printf(b, "(%s)", ut);
		operand(U, a[1], bit ? CG_P_ADD + 1 : CG_P_UNARY, 0, b);
		cg_buf_puts(b, bit ? "))" : ")");
		if (g == INTR_BTEST) {
			cg_buf_puts(b, " != 0)");
			return CG_P_PRIMARY;
		}
		return CG_P_UNARY;
	}
	case CG_I_PASSIVE: return passive_intrinsic(U, e, b);
	case CG_I_CALL:
	call:
		if (!ir_base_is_int(at) || in->kind != CG_I_ABS)
			cg->use_math = 1;
		if (g == INTR_DIGAMMA)
			use_helper(U, CG_H_DIGAMMA);
		if ((g == INTR_EXP || g == INTR_TANH) && at == TY_REAL8) { /* README "Vectorizable EXP and TANH" */
			use_helper(U, CG_H_EXP_TANH);
			name = g == INTR_EXP ? "stad_exp_d" : "stad_tanh_d";
		}
		cg_buf_printf(b, "%s(", name);
		args_list(U, a, n, b);
		cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	case CG_I_MAX:
	case CG_I_MIN: {
		int max = in->kind == CG_I_MAX;
		CgHelper h = at == TY_INT ? (max ? CG_H_MAX_I : CG_H_MIN_I)
		        : at == TY_INT8   ? (max ? CG_H_MAX_L : CG_H_MIN_L)
		        : at == TY_REAL4  ? (max ? CG_H_MAX_F : CG_H_MIN_F)
		                          : (max ? CG_H_MAX_D : CG_H_MIN_D);
		const char *hn = use_helper(U, h);
		if (n == 1)
			return cg_expr(U, a[0], b);
		/* MAX(a, b, c) = max(a, max(b, c)) */
		for (int i = 0; i < n - 1; i++) {
			cg_buf_printf(b, "%s(", hn);
			cg_expr_prec(U, a[i], CG_P_COMMA + 1, b);
			cg_buf_puts(b, ", ");
		}
		cg_expr_prec(U, a[n - 1], CG_P_COMMA + 1, b);
		for (int i = 0; i < n - 1; i++)
			cg_buf_putc(b, ')');
		return CG_P_PRIMARY;
	}
	case CG_I_CAST: return conversion(U, e->type, a[0], b);
	case CG_I_MERGE:
		if (n != 3)
			break;
		/* Fortran evaluates both sources; C only the one selected, which is the same value
		 * (the expressions have no side effects) and spares e.g. the log of a negative */
		operand(U, a[2], CG_P_AND + 1, 0, b);
		cg_buf_puts(b, " ? ");
		operand(U, a[0], CG_P_OR, 0, b);
		cg_buf_puts(b, " : ");
		operand(U, a[1], CG_P_COND, 0, b);
		return CG_P_COND;
	case CG_I_TOINT:
		cg->use_math = 1;
		if (e->type == TY_INT8) { /* NINT(x, 8), FLOOR(x, 8) */
			cg_buf_printf(b, "(int64_t)%s%s(", g == INTR_NINT ? "l" : "", name);
			args_list(U, a, n, b);
			cg_buf_putc(b, ')');
			return CG_P_UNARY;
		}
		cg_buf_printf(b, "(int)%s(", name);
		args_list(U, a, n, b);
		cg_buf_putc(b, ')');
		return CG_P_UNARY;
	}
	cg_problem(cg, e->loc, "the intrinsic '%s' cannot be translated to C", ir_intrinsics[e->u.call.id].name);
	cg_buf_puts(b, "0");
	return CG_P_PRIMARY;
}

/* f(x, &(double){a + 1.0}): expressions passed by address become compound literals, which are
 * evaluated where they stand (inside conditions and loops too). */
static int function_call(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	const IrUnit *f = e->u.call.callee;
	const char *name = f ? cg_map_get(&U->cg->unit_cname, f) : NULL;
	if (!name) {
		cg_problem(U->cg, e->loc, "the function '%s' has no definition to emit", e->u.call.name);
		name = e->u.call.name;
	}
	cg_buf_printf(b, "%s(", name);
	for (int i = 0; i < e->u.call.nargs; i++) {
		const IrExpr *a = e->u.call.args[i];
		if (i)
			cg_buf_puts(b, ", ");
		if (cg_call_arg_special(U, f, i, a, b)) {
		} else if (cg_addressable(a)) {
			cg_address(U, a, b);
		} else {
			cg_buf_printf(b, "&(%s){", cg_ctype(a->type));
			cg_expr_prec(U, a, CG_P_COMMA + 1, b);
			cg_buf_putc(b, '}');
		}
	}
	cg_buf_putc(b, ')');
	return CG_P_PRIMARY;
}

int cg_expr(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	switch (e->kind) {
	case IR_CONST_INT: return int_literal((long long)e->u.ival, b);
	case IR_CONST_REAL: return real_literal(e->u.real.v, e->type, b);
	case IR_CONST_LOG: cg_buf_puts(b, e->u.ival ? "1" : "0"); return CG_P_PRIMARY;
	case IR_CONST_STR: cg_const(e, b); return CG_P_PRIMARY;
	case IR_VAR: return var_ref(U, e, b);
	case IR_UNARY:
		cg_buf_putc(b, e->u.op.op == IR_NOT ? '!' : '-');
		operand(U, e->u.op.a, CG_P_UNARY, e->u.op.op == IR_NOT ? OP_NOT : OP_NEG, b);
		return CG_P_UNARY;
	case IR_BINARY: return binary(U, e, b);
	case IR_INTRIN: return intrinsic(U, e, b);
	case IR_FCALL: return function_call(U, e, b);
	case IR_CONVERT: return conversion(U, e->type, e->u.conv.e, b);
	case IR_REF:
		cg_problem(U->cg, e->loc, "'%s' was not resolved (internal: the IR did not go through sema)", e->u.ref.name);
		cg_buf_puts(b, "0");
		return CG_P_PRIMARY;
	case IR_TRIPLET:
	case IR_ARRAYCON:
	case IR_IMPLDO:
	case IR_KEYWORD:
	case IR_COMPONENT:
		cg_problem(U->cg, e->loc, "array syntax was not lowered (internal: the IR did not go through sema)");
		cg_buf_puts(b, "0");
		return CG_P_PRIMARY;
	}
	assert(!"cg_expr: unknown expression kind");
	return CG_P_PRIMARY;
}

void cg_expr_walk(const IrExpr *e, void (*fn)(const IrExpr *, void *), void *ctx)
{
	if (!e)
		return;
	fn(e, ctx);
	switch (e->kind) {
	case IR_VAR:
		for (int i = 0; i < e->u.var.nidx; i++)
			cg_expr_walk(e->u.var.idx[i], fn, ctx);
		break;
	case IR_UNARY: cg_expr_walk(e->u.op.a, fn, ctx); break;
	case IR_BINARY:
		cg_expr_walk(e->u.op.a, fn, ctx);
		cg_expr_walk(e->u.op.b, fn, ctx);
		break;
	case IR_INTRIN:
	case IR_FCALL:
		for (int i = 0; i < e->u.call.nargs; i++)
			cg_expr_walk(e->u.call.args[i], fn, ctx);
		break;
	case IR_CONVERT: cg_expr_walk(e->u.conv.e, fn, ctx); break;
	case IR_REF:
		for (int i = 0; i < e->u.ref.nargs; i++)
			cg_expr_walk(e->u.ref.args[i], fn, ctx);
		break;
	default: break;
	}
}

void cg_string_chars(const char *s, int format, CgBuf *b)
{
	c_string_chars(s, format, b);
}
