/*
 * names.c — C names for Fortran names.
 *
 * A Fortran name is kept as it is unless C or its library already means something by it: then
 * '_' is appended (`int` -> `int_`, `exp` -> `exp_`, `index` -> `index_`). Names are then made
 * unique in their scope by appending more '_' (a user variable may already be called `int_`,
 * or `q_lo1` like the backend's bound of q). The list is generous on purpose: it covers the
 * headers the generated code includes (math.h, stdio.h, stdlib.h, stdint.h, stad_rt.h) and the
 * POSIX and GNU names those headers declare in non-strict modes, so the output also compiles
 * with -std=gnu99.
 */
#include "cg_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const reserved[] = {
        /* C99 and C11 keywords, and names that are macros in common headers */
        "auto",
        "break",
        "case",
        "char",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extern",
        "float",
        "for",
        "goto",
        "if",
        "inline",
        "int",
        "long",
        "register",
        "restrict",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "struct",
        "switch",
        "typedef",
        "union",
        "unsigned",
        "void",
        "volatile",
        "while",
        "bool",
        "true",
        "false",
        "asm",
        "typeof",
        "alignas",
        "alignof",
        "noreturn",
        "static_assert",
        "thread_local",
        "complex",
        "imaginary",
        "main",
        "errno",
        "assert",
        "offsetof",
        "unix",
        "linux",
        "i386",
        /* typedefs */
        "size_t",
        "ssize_t",
        "ptrdiff_t",
        "wchar_t",
        "int8_t",
        "int16_t",
        "int32_t",
        "int64_t",
        "uint8_t",
        "uint16_t",
        "uint32_t",
        "uint64_t",
        "intptr_t",
        "uintptr_t",
        "intmax_t",
        "uintmax_t",
        "va_list",
        "div_t",
        "ldiv_t",
        "lldiv_t",
        "fpos_t",
        "float_t",
        "double_t",
        "off_t",
        "max_align_t",
        /* math.h (the f and l variants are caught by reserved_math below) */
        "acos",
        "asin",
        "atan",
        "atan2",
        "cos",
        "sin",
        "tan",
        "acosh",
        "asinh",
        "atanh",
        "cosh",
        "sinh",
        "tanh",
        "exp",
        "exp2",
        "expm1",
        "frexp",
        "ilogb",
        "ldexp",
        "log",
        "log10",
        "log1p",
        "log2",
        "logb",
        "modf",
        "scalbn",
        "scalbln",
        "cbrt",
        "fabs",
        "hypot",
        "pow",
        "sqrt",
        "erf",
        "erfc",
        "lgamma",
        "tgamma",
        "gamma",
        "ceil",
        "floor",
        "nearbyint",
        "rint",
        "lrint",
        "llrint",
        "round",
        "lround",
        "llround",
        "trunc",
        "fmod",
        "remainder",
        "remquo",
        "copysign",
        "nan",
        "nextafter",
        "nexttoward",
        "fdim",
        "fmax",
        "fmin",
        "fma",
        "isnan",
        "isinf",
        "isfinite",
        "isnormal",
        "signbit",
        "fpclassify",
        "isgreater",
        "isless",
        "islessequal",
        "isgreaterequal",
        "islessgreater",
        "isunordered",
        "j0",
        "j1",
        "jn",
        "y0",
        "y1",
        "yn",
        "drem",
        "significand",
        "scalb",
        "finite",
        "exp10",
        "pow10",
        "sincos",
        "signgam",
        /* stdio.h */
        "printf",
        "fprintf",
        "sprintf",
        "snprintf",
        "vprintf",
        "vfprintf",
        "vsprintf",
        "vsnprintf",
        "scanf",
        "fscanf",
        "sscanf",
        "puts",
        "fputs",
        "putchar",
        "putc",
        "fputc",
        "getchar",
        "getc",
        "fgetc",
        "gets",
        "fgets",
        "ungetc",
        "fopen",
        "freopen",
        "fclose",
        "fflush",
        "fread",
        "fwrite",
        "fseek",
        "ftell",
        "rewind",
        "fgetpos",
        "fsetpos",
        "clearerr",
        "feof",
        "ferror",
        "perror",
        "remove",
        "rename",
        "tmpfile",
        "tmpnam",
        "setbuf",
        "setvbuf",
        "stdin",
        "stdout",
        "stderr",
        "fileno",
        "popen",
        "pclose",
        "getline",
        "dprintf",
        "fdopen",
        "tempnam",
        "ctermid",
        "getw",
        "putw",
        /* stdlib.h */
        "malloc",
        "calloc",
        "realloc",
        "free",
        "abort",
        "exit",
        "atexit",
        "quick_exit",
        "_exit",
        "getenv",
        "system",
        "abs",
        "labs",
        "llabs",
        "div",
        "ldiv",
        "lldiv",
        "atoi",
        "atol",
        "atoll",
        "atof",
        "strtod",
        "strtof",
        "strtold",
        "strtol",
        "strtoll",
        "strtoul",
        "strtoull",
        "rand",
        "srand",
        "random",
        "srandom",
        "drand48",
        "erand48",
        "lrand48",
        "mrand48",
        "srand48",
        "seed48",
        "qsort",
        "bsearch",
        "mblen",
        "mbtowc",
        "wctomb",
        "mbstowcs",
        "wcstombs",
        "setenv",
        "unsetenv",
        "putenv",
        "mkstemp",
        "mktemp",
        "realpath",
        "posix_memalign",
        "aligned_alloc",
        "alloca",
        "ecvt",
        "fcvt",
        "gcvt",
        "initstate",
        "setstate",
        "valloc",
        /* string.h / strings.h (reachable through stad_rt.h) */
        "memcpy",
        "memmove",
        "memset",
        "memcmp",
        "memchr",
        "strcpy",
        "strncpy",
        "strcat",
        "strncat",
        "strcmp",
        "strncmp",
        "strlen",
        "strchr",
        "strrchr",
        "strstr",
        "strtok",
        "strerror",
        "strdup",
        "strndup",
        "index",
        "rindex",
        "bcopy",
        "bzero",
        "bcmp",
        "ffs",
        "strcoll",
        "strxfrm",
        "strspn",
        "strcspn",
        "strpbrk",
        "stpcpy",
        /* other POSIX names commonly in scope */
        "time",
        "clock",
        "signal",
        "raise",
        "sleep",
        "read",
        "write",
        "open",
        "close",
        "select",
        "wait",
        "kill",
        "fork",
        "pipe",
        "link",
        "unlink",
        "dup",
        "sync",
        "stat",
        "truncate",
        "environ",
};

static const char *const reserved_prefixes[] = {"srt_", "stad_", "cg_", "__"};

/* Asked for every name the backend declares: a hash set of the list, made on the first call. */
static int in_list(const char *name)
{
	static IrNames set;
	if (!set.cap)
		for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
			ir_names_add(&set, reserved[i]);
	return ir_names_has(&set, name);
}

/* `sinf`, `sqrtl`: the float and long double variants of math functions. */
static int reserved_math(const char *name)
{
	size_t n = strlen(name);
	if (n < 3 || (name[n - 1] != 'f' && name[n - 1] != 'l'))
		return 0;
	char buf[64];
	if (n >= sizeof buf)
		return 0;
	memcpy(buf, name, n - 1);
	buf[n - 1] = 0;
	return in_list(buf);
}

int cg_name_reserved(const char *name)
{
	if (in_list(name) || reserved_math(name))
		return 1;
	for (size_t i = 0; i < sizeof reserved_prefixes / sizeof reserved_prefixes[0]; i++)
		if (!strncmp(name, reserved_prefixes[i], strlen(reserved_prefixes[i])))
			return 1;
	return 0;
}

const char *cg_unique(Cg *cg, IrNames *taken, const char *base)
{
	size_t n = strlen(base);
	char *buf = malloc(n + 64);
	if (!buf)
		abort();
	memcpy(buf, base, n + 1);
	for (char *c = buf; *c; c++)
		if (*c == '%')
			*c = '_'; /* a leaf of a structure: p%x is p_x */
	if (cg_name_reserved(buf)) {
		buf[n++] = '_';
		buf[n] = 0;
	}
	while (ir_names_has(taken, buf) && n < strlen(base) + 60) {
		buf[n++] = '_';
		buf[n] = 0;
	}
	ir_names_add(taken, buf);
	char *r = cg_strdup(cg, buf);
	free(buf);
	return r;
}

const char *cg_unit_cname(const IrUnit *u, const CgOptions *o, char *buf, size_t n)
{
	if (!n)
		return buf;
	if (u->kind == UNIT_PROGRAM)
		snprintf(buf, n, "main");
	else if (o && o->fortran_abi)
		snprintf(buf, n, "%s_", u->name);
	else if (cg_name_reserved(u->name))
		snprintf(buf, n, "%s_", u->name);
	else
		snprintf(buf, n, "%s", u->name);
	return buf;
}
