/*
 * stad_gen.c — a seeded generator of random Fortran programs inside the language stad accepts,
 * with the drivers that check stad's primal, tangent and adjoint code on them ("Csmith for
 * derivatives", issue 8 §4).
 *
 *     stad_gen SEED DIR [--exclude LIST] [--size S] [--max-size S] [--free|--fixed] [--kinds] [--types]
 *
 * writes into DIR:
 *   prog.f90   (or prog.f, fixed form, a quarter of the seeds) the routines: a module of global state, a COMMON block, modules with procedures,
 *              plain routines and functions, and the head `head(n, x, s, y, f)`;
 *   main.f90   a gfortran main program: calls head on fixed inputs, prints y and f (17 digits);
 *   drv.c      a C driver for stad's primal (p.h), tangent (d.h) and adjoint (b.h): prints the
 *              primal, checks the dot-product identity, finite differences (several steps) and
 *              that the gradient is the same in every STAD_SITES configuration it is given;
 *   spec       the head spec for stad (`head(y,f)/(x,s)`);
 *   extlib.f90, extlib.c, extlib.lib   when the program calls routines without source: their
 *              Fortran with hand-written derivatives, the C of the one the pragma declares, and
 *              their description for --lib (`--exclude external` leaves such calls out);
 *   features   one word per pattern the program uses (for triage).
 *
 * Every program is legal Fortran and every value stays bounded: each real variable holds a value
 * in [-4, 4] (every right-hand side is bounded by interval arithmetic and scaled down when its
 * bound is larger), every integer variable a value in [1, 6], so subscripts are in bounds by
 * construction; intrinsics get arguments kept away from their kinks and domain limits (some
 * near but safe). Arguments alias each other, and module/COMMON state, only where Fortran allows
 * it: only read-only dummies are aliased.
 *
 * Known-bug patterns (issue 8 §1–2) can be left out, so that a regression batch passes while they
 * are being fixed: --exclude takes a comma-separated list of
 *   index     an integer the callee modifies (dummy or global) is read by a subscript of an
 *             actual argument of the same call: call foo(x(k), y, k) with foo doing k = k + 2;
 *   extent    adjustable-array extents that change after entry (in the callee or the caller);
 *   sign      SIGN with a constant (any passive) first argument (tangent mode): excluded, no SIGN;
 *   real      REAL(x) of a real(8) x;
 *   restrict  a module or COMMON variable passed as an argument to a routine that also reads it
 *             directly (the restrict promise of the adjoint);
 *   kinds     (a feature, excludable like the patterns) kinds from a module gkinds: real(dp) and
 *             real(kind=dp) declarations, _dp literals, INTEGER(8) loop indices, loop counters
 *             and extent copies (integer(ik), integer(8), integer*8), passed to INTEGER dummies
 *             through INT(); dp and ik from kind(1.0d0), selected_real_kind, iso_fortran_env.
 * and features that are no bugs but can be left out the same way:
 *   goto      GO TO (forward out of loops and IF blocks, GO TO loops, computed GO TO, arithmetic IF);
 *   select    SELECT CASE;
 *   named     construct names: EXIT/CYCLE of an outer loop, EXIT of an IF or SELECT CASE;
 *   blockdata a BLOCK DATA unit giving the COMMON block initial values (DATA);
 *   types     derived types: the module mglob's globals are the components of one structure
 *             `gs` of type gstate (some real scalars in a nested structure `gs%sub` of type
 *             gsub), referenced as `gs%ga2(i)`, `gs%sub%gs1`, passed as actuals, assigned whole
 *             (no --fortran-abi check then: stad refuses module structures there)
 *   unreached a routine nothing calls, with a statement outside stad's language (INQUIRE size=,
 *             beside OPEN, formatted WRITE, FORMAT, CLOSE): only the head's call tree is translated;
 *   chars     a CHARACTER task switch as optimization codes write it: module variable gmode
 *             (set by the head) tested by IF on substrings, ==, LGE, SELECT CASE on a substring,
 *             and changed by routines (literals, //, TRIM, ADJUSTL), LEN_TRIM and INDEX in values
 *   internal  an internal subroutine (CONTAINS) of a routine, using the host's variables by host
 *             association, called from the host body (--internal: in every routine that can)
 *   keywords  keyword arguments (`name=actual`, the last ones, shuffled) in calls of module procedures
 *   optional  a module procedure with a trailing OPTIONAL dummy `opt` (real, INTENT(IN)) that, when
 *             PRESENT, changes one of its outputs; its calls leave it out, give it by position or
 *             by keyword, or pass on the caller's own `opt` (absent stays absent)
 *   complex   COMPLEX(8) locals (a scalar and an array, spelled COMPLEX(8), COMPLEX(KIND=8),
 *             DOUBLE COMPLEX or COMPLEX*16) built by CMPLX from reals and changed by complex
 *             arithmetic, EXP/LOG/SQRT/SIN/COS/CONJG/ABS, **, SUM, DOT_PRODUCT, sections and
 *             == / /=, read back into a real variable by REAL/AIMAG/ABS (--complex: often);
 *             one time in three only CMPLX of reals read by AIMAG/REAL(EXP)/ABS, no COMPLEX
 *             variable declared
 *   afunc     array-valued FUNCTIONs (mglob's ga_rev(m, x), result w(m), and ga_half(x), result
 *             ga_half(size(x)) of an assumed-shape x) of sections inside array terms: section
 *             assignments, reductions, WHERE masks and bodies (--afunc: often); and mglob's
 *             ELEMENTAL functions ge_sq(x) and ge_mix(x, c) applied to such terms, c a constant
 *             broadcast or a section (feature `elemental`; --elemental: often)
 *   recur     RECURSIVE module procedures (mglob's gr_down, direct, and gr_even/gr_odd, mutual),
 *             the depth bounded by an integer dummy decremented each call, active data through
 *             every activation's dummies and locals; called with depth 0..4 (--recur: often)
 *   alloc     ALLOCATABLE local work arrays (rank 1 or 2, any lower bound): freed if allocated,
 *             allocated, filled and read by loops over LBOUND:UBOUND, freed or left to the
 *             implicit deallocation on return; allocated by a module procedure's ALLOCATABLE
 *             dummy (mglob's ga_fill); copied into another by automatic reallocation on
 *             assignment or an INTENT(OUT) ALLOCATABLE dummy (ga_scale); in an internal
 *             procedure, the host's
 *   readin    the head READs readin.dat (written beside the program): passive parameters
 *             list-directed and formatted, sometimes an active local's initial value, values
 *             until the end of the file (IOSTAT=); CPU_TIME (--readin: in every program);
 *             the unit 61 or NEWUNIT= with IOSTAT=, sometimes INQUIRE (exist=) and a record
 *             read with '(a)' whose fields an internal READ takes, a NAMELIST group, BACKSPACE
 *             and a non-advancing READ (SIZE=) of the last record; sometimes a log file
 *             written and never read (formatted or unformatted, IOSTAT= on OPEN, WRITE and
 *             CLOSE, ERR= on a WRITE)
 *   alloccomp the work array of `alloc` is an ALLOCATABLE component of a local structure or
 *             of an element of a local array of structures (mglob's `type gwk; real(8),
 *             allocatable :: w(:), h(:, :)`), then deep-copied by a whole-structure assignment to
 *             a scalar or to an element of another array (a scalar sometimes changed by mglob's
 *             gwk_scale, a dummy of that type; the whole array sometimes by gwk_all, a rank-1
 *             dummy of that type allocating its last element's h) and read back from the copy
 *             (needs `alloc`)
 *   alloctype the work array of `alloc` is an ALLOCATABLE array of mglob's `type gpt; real(8) ::
 *             a, b(0:1); integer :: k = 2` (rank 1 or 2): allocated (the default initialization
 *             of k at ALLOCATE) or by an INTENT(OUT) dummy (gpt_fill), elements' components
 *             filled and read, `p%a` and `p%b(1)` as arrays, scaled by an INTENT(INOUT) dummy
 *             (gpt_scale), copied by automatic reallocation (whole or a reversed section)
 *             (needs `alloc`)
 *   procarg   procedure arguments: mglob's gp_apply(f, x, c) takes a PROCEDURE(gp_fn) dummy (an
 *             ABSTRACT INTERFACE), gp_twice(g, x, c) an EXTERNAL one it passes on to gp_apply;
 *             called with the module functions gp_sq or gp_wave (stad specialises them:
 *             gp_apply__gp_sq, ...) (--procarg: often)
 *   fploop    z = 0.5 sin(z) + a iterated to its fixed point under !$AD FP-LOOP (a DO WHILE, or a
 *             counted DO left by EXIT first or last; the state named or inferred): the two-phase
 *             adjoint (--fploop: often)
 *   trials    what the trials of stop 16 found and stop 16 mended, from mglob's gt_*: a FUNCTION
 *             referenced in a WRITE's output list that updates its argument (gt_out) or a module
 *             variable read after the WRITE (gt_put, gt_s); VALUE dummies (gt_val: INTEGER and
 *             REAL(8), redefined inside, given variables, expressions, keywords); CHAR, ACHAR and
 *             IACHAR (gt_ch, gt_tag); a routine called twice, once with a constant extent (gt_smooth,
 *             the gcc -O2 IPA pattern of tests/ad/gcc_dropped_call); a SAVE'd table built at the
 *             first call and read by every later one (gt_tab) (--trials: often)
 *   landed    what landed at stop 17 without a generator case, and constructs nothing generated:
 *             generics whose specifics differ by a CHARACTER dummy, trailing OPTIONALs left out
 *             (mglob's gg_step, gg_sc, gg_sc extended by module gmerge's gg_sc3); REPEAT into a CHARACTER that selects a branch; SPREAD of
 *             an active scalar; CSHIFT/EOSHIFT of reversed sections; CHARACTER components
 *             (mglob's gtc, gg_pick, also a specific of gg_step chosen by the structure's type); readin's NAMELIST group with an underscore, written back;
 *             FORALL, DO CONCURRENT, statement functions, EQUIVALENCE; AINT, ANINT, CEILING
 *             (--landed: often)
 *   accepted  constructs the README accepts without a generator case until stop 19: MATMUL,
 *             PRODUCT, DPROD, SPREAD of arrays, PACK/UNPACK, MAXLOC/MINLOC, ANY/ALL/COUNT
 *             choosing the active path; USE mglob, ONLY: zrN => name; REAL(4) locals; CHARACTER
 *             intrinsics choosing paths; CALL EXIT on a path never taken; an unformatted READ of
 *             readin.bin; --default-real-8 programs (the file opts) (--accepted: often)
 *   linsolve  mglob's conjugate-gradient solver gl_cg of a 4 x 4 SPD system (gl_amul applies it,
 *             or gl_jac's Jacobi sweeps on a non-symmetric one with transpose=gl_ns_amult,
 *             coefficients gl_c from an active expression, boundary value gl_u(0) too) called
 *             under !$AD LINEAR-SOLVE: the linear-solve derivatives (--linsolve: often)
 *   io        formatted WRITEs of active values, integers and whole arrays in random places,
 *             to a unit never opened (fort.77) or to unit 0, with formats of several edit
 *             descriptors (ES, F, G, 1PE, E..E3, EN, F0.d, I, groups with reversion): the
 *             derivatives must not change (derivative code does no I/O)
 *   layout    a subroutine `clay` (called by the head after it sets the globals) declaring the
 *             COMMON block with another layout: each run of real members one array (rank 1, or
 *             2-D when its size is even), integers renamed, sometimes only a prefix of the
 *             block; it relaxes the reals through that view (storage association by offset)
 * (or `all`, `none`). By default every pattern is generated.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* ------------------------------------------------------------------ random numbers */

static uint64_t rng_state;
static uint64_t rng_next(void)
{
	/* splitmix64: small, good enough, the same on every platform */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}
static int rnd(int n)
{
	return n <= 1 ? 0 : (int)(rng_next() % (uint64_t)n);
} /* 0..n-1 */
static int rrange(int lo, int hi)
{
	return lo + rnd(hi - lo + 1);
}
static int chance(int pct)
{
	return rnd(100) < pct;
}
static double runif(void)
{
	return (double)(rng_next() >> 11) / 9007199254740992.0;
}

/* ------------------------------------------------------------------ options */

enum {
	BUG_INDEX = 1,
	BUG_EXTENT = 2,
	BUG_SIGN = 4,
	BUG_REAL = 8,
	BUG_RESTRICT = 16,
	BUG_WHOLESELF = 32,
	BUG_DIMATTR = 64,
	BUG_REGIONAS = 128,
	BUG_SPLITTOKEN = 256,
	BUG_PARENVALUE = 512,
	BUG_KINDS = 1024,  /* not a bug: the kinds feature, excludable the same way */
	PAT_ARRAYS = 2048, /* not a bug: array sections, SUM, DOT_PRODUCT, MAXVAL (--exclude arrays) */
	/* not bugs: features that can be left out the same way */
	PAT_GOTO = 4096,           /* GO TO: forward jumps out of loops and IF blocks, loops made of GO TO,
	                     computed GO TO, arithmetic IF, jumps to a labelled DO's CONTINUE */
	PAT_SELECT = 8192,         /* SELECT CASE on integers and logicals */
	PAT_NAMED = 16384,         /* construct names: EXIT/CYCLE of an outer loop, EXIT of an IF or SELECT */
	PAT_BLOCKDATA = 32768,     /* a BLOCK DATA unit giving the COMMON block initial values */
	PAT_TYPES = 65536,         /* derived types: the module's globals are components of a structure */
	PAT_UNREACHED = 131072,    /* a routine the head does not reach, with a statement outside stad's
	                         language (INQUIRE size=): a warning only */
	PAT_CHARS = 262144,        /* a CHARACTER task switch: module variable gmode tested and changed */
	PAT_WHERE = 524288,        /* WHERE: one-line and blocks with ELSEWHERE [(mask)], masks reading the
	                           arrays assigned */
	PAT_INTERNAL = 1048576,    /* an internal subroutine (CONTAINS) using its host's variables */
	PAT_KEYWORDS = 2097152,    /* keyword arguments in calls of module procedures */
	PAT_ALLOC = 4194304,       /* ALLOCATABLE local work arrays allocated, filled, read and freed */
	PAT_OPTIONAL = 8388608,    /* a trailing OPTIONAL dummy of module procedures, tested by PRESENT */
	PAT_IO = 16777216,         /* formatted WRITEs of the values a routine has, to fort.77 or unit 0 */
	PAT_COMPLEX = 33554432,    /* COMPLEX(8) local values: arithmetic, intrinsics, sections */
	PAT_AFUNC = 67108864,      /* array-valued module functions (mglob's ga_rev, ga_half) in array terms */
	PAT_LAYOUT = 134217728,    /* a routine declaring the COMMON block with another layout */
	PAT_ALLOCCOMP = 268435456, /* `alloc`'s work array as an ALLOCATABLE component, deep-copied */
	PAT_READIN = 536870912,    /* the head READs parameters (and an active initial value) from readin.dat */
	PAT_RECUR = 1073741824     /* RECURSIVE module procedures, direct and mutual, bounded depth */
};
/* !$AD FP-LOOP: a contracting fixed-point loop (past INT_MAX: not an enum constant) */
#define PAT_FPLOOP (1ull << 31)
/* ALLOCATABLE arrays of a derived type (mglob's gpt) */
#define PAT_ALLOCTYPE (1ull << 32)
/* STOP and ERROR STOP in branches never taken */
#define PAT_STOP (1ull << 33)
static unsigned long long bugs_allowed = 536870911u | PAT_READIN | PAT_RECUR | PAT_FPLOOP | PAT_ALLOCTYPE | PAT_STOP;
static int force_readin;         /* --readin: every head reads readin.dat */
static int force_fploop;         /* --fploop: FP-LOOP statements often (campaigns of the pattern `fploop`) */
static int force_alloccomp;      /* --alloccomp: ALLOCATABLE work arrays often, always components */
static int force_alloctype;      /* --alloctype: ALLOCATABLE work arrays often, always arrays of gpt */
static int force_complex;        /* --complex: complex statements often (campaigns of the pattern `complex`) */
static int force_recur;          /* --recur: calls of the RECURSIVE procedures often (pattern `recur`) */
static int procarg_allowed = 1;  /* pattern `procarg` (past the 32 bits of bugs_allowed) */
static int force_procarg;        /* --procarg: calls passing procedures often */
static int linsolve_allowed = 1; /* pattern `linsolve` (past the 32 bits of bugs_allowed) */
static int force_linsolve;       /* --linsolve: LINEAR-SOLVE calls often */
static int trials_allowed = 1;   /* pattern `trials` (past the 32 bits of bugs_allowed) */
static int force_trials;         /* --trials: its statements often */
static int landed_allowed = 1;   /* pattern `landed` (past the 32 bits of bugs_allowed) */
static int force_landed;         /* --landed: its statements often, readin's NAMELIST group often */
static int accepted_allowed = 1; /* pattern `accepted` (past the 32 bits of bugs_allowed) */
static int force_accepted;       /* --accepted: its statements often, readin (its unformatted file) often */
static int default_real8;        /* pattern `accepted`: this program is for gfortran -fdefault-real-8
                                    -fdefault-double-8 and stad --default-real-8 (the file `opts`) */
static int force_afunc;          /* --afunc: array-valued function references often (pattern `afunc`) */
static int force_elemental;      /* --elemental: ELEMENTAL function references on arrays often (pattern `afunc`) */
static int force_layout;         /* --layout: clay in every program with a real COMMON member */
static int use_types;            /* this program's module globals are components of `gs` (pattern `types`) */
static int use_chars;            /* this program switches on a CHARACTER module variable (pattern `chars`) */
static int force_where;          /* --where: WHERE statements often (campaigns of the pattern `where`) */
static int use_kinds;            /* this program declares with kinds from module gkinds (pattern `kinds`) */
static int int8_read;            /* an INTEGER(8) variable was read since it was last cleared */
static unsigned bugs_used;
static int size_knob; /* 0 tiny .. 3 large */
static int max_size = 3;
static int form = -1;            /* -1 drawn, 0 free, 1 fixed */
static int force_kinds;          /* --kinds: every program uses the kinds feature */
static int force_types;          /* --types: every program uses the types feature */
static int force_internal;       /* --internal: every routine that can has an internal subroutine */
static const char *cur_internal; /* the internal subroutine of the routine being generated, or NULL */
static int in_internal;          /* generating its body */
static int internal_alloc;       /* its body uses an ALLOCATABLE of the host (pattern `alloc`):
                                    not called inside a CHECKPOINT-START region or a BINOMIAL-CKP
                                    loop, which refuse an allocatable, located */
static int internal_calls;       /* calls of it generated so far */

/* ------------------------------------------------------------------ text buffers */

typedef struct Buf {
	char *s;
	size_t n, cap;
} Buf;

static Buf readin_dat; /* the text of readin.dat (pattern `readin`), empty when not used */
static Buf readin_bin; /* the bytes of readin.bin (pattern `accepted`: an unformatted file), empty when not used */

static void buf_put(Buf *b, const char *t, size_t len)
{
	if (b->n + len + 1 > b->cap) {
		b->cap = (b->n + len + 1) * 2 + 256;
		b->s = realloc(b->s, b->cap);
		if (!b->s) {
			fprintf(stderr, "stad_gen: out of memory\n");
			exit(1);
		}
	}
	memcpy(b->s + b->n, t, len);
	b->n += len;
	b->s[b->n] = 0;
}
static void bprintf(Buf *b, const char *fmt, ...)
{
	char tmp[8192];
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (k < 0)
		return;
	if ((size_t)k >= sizeof tmp) {
		char *big = malloc((size_t)k + 1);
		va_start(ap, fmt);
		vsnprintf(big, (size_t)k + 1, fmt, ap);
		va_end(ap);
		buf_put(b, big, (size_t)k);
		free(big);
	} else {
		buf_put(b, tmp, (size_t)k);
	}
}
static char *sdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	memcpy(p, s, n);
	return p;
}
static char *sfmt(const char *fmt, ...)
{
	char tmp[8192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	return sdup(tmp);
}

/* One source line at indentation ind; lines longer than 100 columns are continued with `&` at a
 * blank (tokens never contain blanks). */
static Buf out; /* the routines being written */
static int ind;
static void line(const char *fmt, ...)
{
	char tmp[16384];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	char *p = tmp;
	int first = 1;
	for (;;) {
		int width = 100 - 2 * ind - (first ? 0 : 4);
		size_t len = strlen(p);
		for (int i = 0; i < 2 * ind + (first ? 0 : 4); i++)
			buf_put(&out, " ", 1);
		if ((int)len <= width || p[0] == '!') {
			bprintf(&out, "%s\n", p);
			return;
		}
		int cut = width;
		while (cut > 20 && p[cut] != ' ')
			cut--;
		if (cut <= 20) { /* no blank: leave the line long */
			bprintf(&out, "%s\n", p);
			return;
		}
		buf_put(&out, p, (size_t)cut);
		buf_put(&out, " &\n", 3);
		p += cut + 1;
		first = 0;
	}
}

/* ------------------------------------------------------------------ the program model */

enum { T_REAL, T_INT, T_LOG };
enum { S_LOCAL, S_DUMMY, S_MODULE, S_COMMON };
enum { I_NONE, I_IN, I_INOUT, I_OUT };
enum { D_FIXED, D_ASSUMED, D_ADJ }; /* how a dummy array's first extent is declared */

#define RMAX 4.0 /* every real variable holds a value in [-RMAX, RMAX] */
#define IMAX 6   /* every index integer a value in [1, IMAX] */

typedef struct Var {
	char name[16];
	int type;
	int rank; /* 0, 1 or 2 */
	int lb[2], ext[2];
	int scope, gid; /* gid: bit among globals for the read/write masks, or -1 */
	int intent;
	int decl;         /* D_FIXED, D_ASSUMED, D_ADJ */
	int adjvar;       /* D_ADJ: dummy index of the integer giving the first extent */
	char extcopy[16]; /* D_ADJ: local copy of that extent taken at entry; subscripts use it */
	int ro;           /* not writable here (intent in, loop counter, function) */
	int isidx;        /* integer variable holding a value in [1, IMAX] (writable kind) */
	int ilo, ihi;     /* integers: the range of values */
	int modified;     /* D_ADJ extent dummy that the routine redefines (known-bug pattern) */
	int kind8;        /* declared INTEGER(8) (pattern `kinds`) */
	int bd;           /* a COMMON member whose value only BLOCK DATA gives (read-only everywhere) */
} Var;

#define MAXG 16
static Var globals[MAXG];
static int nglobals;

typedef struct Routine {
	char name[16];
	int lib;             /* a routine without source (LIB_*), 0 for a generated one */
	int isfunc, resform; /* function; declared with RESULT(r) */
	int module;          /* module number, or -1 for a plain routine */
	int opt;             /* has a trailing OPTIONAL dummy `opt` (pattern `optional`; not in dum) */
	int common;          /* declares the COMMON block */
	Var dum[10];
	int ndum;
	uint32_t gread, gwrite; /* globals read / written, with every callee's */
} Routine;

#define MAXR 12
static Routine routines[MAXR];
static int nroutines;
static int nmodules;
static int head_n; /* the value of the head's n */

/* Routines without source (README: routines without source), called now and then: their
 * Fortran and their hand-written derivatives are written beside the program (extlib.f90, and
 * extlib.c for the one the pragma declares), described in extlib.lib. Values stay in [-4, 4]:
 *   gx_axpy(a, x, y)   y = (y + a/4 x)/2           active, described (`fortran`)
 *   gx_nrm(x)          sum x(i)**2 / 24             active FUNCTION, described
 *   gx_clock(t)        t = 0.5                      passive, described: t's derivative becomes 0
 *   gx_log(x)          reads x                      passive, declared by !$AD EXTERNAL PASSIVE
 * Their arrays have 6 elements; no two actuals of a call share a variable. */
enum { LIB_AXPY = 1, LIB_NRM, LIB_CLOCK, LIB_LOG, NLIB = 4 };
static Routine lib[NLIB + 1];
static unsigned lib_used;   /* bit k: lib[k] called somewhere */
static int lib_allowed = 1; /* --exclude external leaves them out */
static int cur_uses_nrm;    /* the routine being generated references gx_nrm */

/* --exclude argexpr: no array expressions as actual arguments */
static int argexpr_allowed = 1;
/* pattern `partition`: two disjoint parts of one local work array, `w(1)` and `w(5)`, given to two
 * array dummies of one call (one written): the F77 work-array partition, conforming */
static int partition_allowed = 1;

/* The routine being generated. */
static Routine *cur;
static int cur_index;
static Var vars[256];
static int nvars;
static int in_function, in_region, loop_depth, nstmts, budget;
static int region_loop_base;      /* loop depth at the start of the current CHECKPOINT region */
static int loop_kind[16];         /* per open loop: 0 DO, 1 DO WHILE, 2 BINOMIAL */
static const char *loop_name[16]; /* per open loop: its construct name, or NULL */
static int nfresh;                /* fresh local names */
static Buf decls;                 /* the current routine's extra local declarations */
static Buf late_data;             /* DATA statements written after the executable statements (F77 allows it) */
static uint64_t features;
/* features past 32 bits (the enum stays within int) */
#define F_UNREACHED (1ull << 31)
#define F_CHARS (1ull << 32)
#define F_WHERE (1ull << 33)
#define F_INTERNAL (1ull << 34)
#define F_KEYWORDS (1ull << 35)
#define F_ALLOC (1ull << 36)
#define F_OPTIONAL (1ull << 37)
#define F_IO (1ull << 38)
#define F_COMPLEX (1ull << 39)
#define F_AFUNC (1ull << 40)
#define F_LAYOUT (1ull << 41)
#define F_ALLOCCOMP (1ull << 42)
#define F_READIN (1ull << 43)
#define F_RECUR (1ull << 44)
#define F_FPLOOP (1ull << 45)
#define F_SHIFT (1ull << 46)
#define F_ELEMENTAL (1ull << 47)
#define F_ALLOCTYPE (1ull << 48)
#define F_ARGEXPR (1ull << 49)
#define F_PROCARG (1ull << 50)
#define F_LINSOLVE (1ull << 51)
#define F_STOP (1ull << 52)
#define F_PRINT (1ull << 53)
#define F_ELEMSUB (1ull << 54)
#define F_OUTFN (1ull << 55)
#define F_VALUE (1ull << 56)
#define F_CHARCODE (1ull << 57)
#define F_CONSTBOUND (1ull << 58)
#define F_SAVETAB (1ull << 59)
#define F_STENCIL (1ull << 60)
#define F_PARTITION (1ull << 61)
/* features past the 61 of `features` (pattern `landed`) */
static uint64_t features2;
#define F2_GENERIC_CHAR (1ull << 0)
#define F2_GENERIC_OPT (1ull << 1)
#define F2_REPEAT (1ull << 2)
#define F2_SPREAD (1ull << 3)
#define F2_SHIFTREV (1ull << 4)
#define F2_CHARCOMP (1ull << 5)
#define F2_NMLUNDER (1ull << 6)
#define F2_NMLWRITE (1ull << 7)
#define F2_FORALL (1ull << 8)
#define F2_DOCONC (1ull << 9)
#define F2_STMTFN (1ull << 10)
#define F2_EQUIV (1ull << 11)
#define F2_ROUNDING (1ull << 12)
#define F2_MATMUL (1ull << 13)
#define F2_PRODUCT (1ull << 14)
#define F2_DPROD (1ull << 15)
#define F2_SPREADARR (1ull << 16)
#define F2_PACK (1ull << 17)
#define F2_MAXLOC (1ull << 18)
#define F2_ANYCOUNT (1ull << 19)
#define F2_USEONLY (1ull << 20)
#define F2_REAL4 (1ull << 21)
#define F2_CHARINTR (1ull << 22)
#define F2_EXIT (1ull << 23)
#define F2_UNFREAD (1ull << 24)
#define F2_DEFREAL8 (1ull << 25)
#define F2_TYPED_CTOR (1ull << 26)
#define F2_TYPE_PARAM (1ull << 27)
#define F2_CHAR_CTOR (1ull << 28)
#define F2_SPLIT_FREE (1ull << 29)
#define F2_GENERIC_TYPE (1ull << 30)
#define F2_GENERIC_MERGE (1ull << 31)
static const char *feature2_names[] = {
        "generic-char",  "generic-opt",         "repeat",         "spread-scalar", "shift-reversed",
        "char-comp",     "namelist-underscore", "namelist-write", "forall",        "do-concurrent",
        "stmt-function", "equivalence",         "ceiling-anint",  "matmul",        "product",
        "dprod",         "spread-array",        "pack-unpack",    "maxloc",        "any-count",
        "use-only",      "real4",               "char-intrinsic", "call-exit",     "unformatted-read",
        "default-real-8", "typed-ctor",         "type-param",     "char-ctor",     "split-free",
        "generic-type",  "generic-merge"};
enum {
	F_MODULE = 1,
	F_COMMON = 2,
	F_FUNC = 4,
	F_ALIAS_ARGS = 8,
	F_ALIAS_GLOBAL = 16,
	F_INDEX_CALLEE = 32,
	F_ADJ = 64,
	F_ASSUMED = 128,
	F_ELEM_ACTUAL = 256,
	F_REGION = 512,
	F_BINOMIAL = 1024,
	F_NOCKP = 2048,
	F_WHILE = 4096,
	F_EXIT = 8192,
	F_CYCLE = 16384,
	F_RETURN = 32768,
	F_WHOLE = 65536,
	F_RANK2 = 131072,
	F_FIXED = 262144,
	F_NOINTENT = 524288,
	F_DATA = 1048576,
	F_KINDS = 2097152,
	F_EXTERNAL = 4194304,
	F_SECTIONS = 8388608,
	F_REDUCTIONS = 16777216,
	F_SECTION_ACTUAL = 33554432,
	F_GOTO = 67108864,
	F_SELECT = 134217728,
	F_NAMED = 268435456,
	F_BLOCKDATA = 536870912,
	F_TYPES = 1073741824
};
static const char *feature_names[] = {"module",        "common",         "function",
                                      "alias-args",    "alias-global",   "index-by-callee",
                                      "adjustable",    "assumed-size",   "element-actual",
                                      "region",        "binomial",       "pragma",
                                      "do-while",      "exit",           "cycle",
                                      "return",        "whole-array",    "rank2",
                                      "fixed-form",    "no-intent",      "data",
                                      "kinds",         "external",       "sections",
                                      "reductions",    "section-actual", "goto",
                                      "select-case",   "named",          "block-data",
                                      "types",         "unreached",      "chars",
                                      "where",         "internal",       "keywords",
                                      "alloc",         "optional",       "io",
                                      "complex",       "afunc",          "layout",
                                      "alloc-comp",    "readin",         "recur",
                                      "fploop",        "shift",          "elemental",
                                      "alloc-type",    "argexpr",        "procarg",
                                      "linsolve",      "stop",           "print",
                                      "elemental-sub", "output-fn",      "value",
                                      "char-code",     "const-bound",    "save-table",
                                      "stencil",       "partition"};

static Var *var_add(const char *name, int type, int rank, int scope)
{
	if (nvars >= (int)(sizeof vars / sizeof *vars)) {
		fprintf(stderr, "stad_gen: too many variables\n");
		exit(1);
	}
	Var *v = &vars[nvars++];
	memset(v, 0, sizeof *v);
	snprintf(v->name, sizeof v->name, "%s", name);
	v->type = type;
	v->rank = rank;
	v->scope = scope;
	v->gid = -1;
	v->adjvar = -1;
	v->ilo = 1;
	v->ihi = IMAX;
	return v;
}

static Var *var_find(const char *name)
{
	for (int i = 0; i < nvars; i++)
		if (strcmp(vars[i].name, name) == 0)
			return &vars[i];
	return NULL;
}

/* Elements an array holds from its first element on (an adjustable extent counts as IMAX: the
 * caller passes at least that many). */
static int var_size(const Var *v)
{
	if (v->rank == 0)
		return 1;
	int s = v->ext[0];
	if (v->rank == 2)
		s *= v->ext[1];
	return s;
}

/* Reads of variables are recorded while an actual argument's address is generated. */
static int rec_on;
static char rec_names[32][16];
static int nrec;
static void note_read(Var *v)
{
	if (v->kind8)
		int8_read = 1;
	if (v->gid >= 0)
		cur->gread |= 1u << v->gid;
	if (rec_on && nrec < 32)
		snprintf(rec_names[nrec++], 16, "%s", v->name);
}
static void note_write(Var *v)
{
	if (v->gid >= 0)
		cur->gwrite |= 1u << v->gid;
}

/* ------------------------------------------------------------------ constants */

static char *rconst(double v)
{
	char t[64];
	snprintf(t, sizeof t, "%.2f", v);
	if (strcmp(t, "-0.00") == 0)
		snprintf(t, sizeof t, "0.00");
	const char *k = use_kinds && chance(35) ? "_dp" : "d0";
	if (t[0] == '-')
		return sfmt("(%s%s)", t, k);
	return sfmt("%s%s", t, k);
}
static double round2(double v)
{
	char t[64];
	snprintf(t, sizeof t, "%.2f", v);
	return atof(t);
}
static double rc(double lo, double hi)
{
	return lo + (hi - lo) * runif();
}
/* A scale factor <= want, as a short constant. */
static double scale_down(double want)
{
	static const double steps[] = {2.0,  1.5, 1.0,  0.9, 0.8,  0.7,  0.6,  0.5,  0.4, 0.3,
	                               0.25, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01};
	for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
		if (steps[i] <= want)
			return steps[i];
	return 0.01;
}

/* ------------------------------------------------------------------ expressions */

typedef struct Ex {
	char *s;
	double b; /* |value| <= b */
} Ex;
typedef struct IEx {
	char *s;
	int lo, hi; /* value in [lo, hi] */
} IEx;

static Ex gen_real(int depth);
static IEx gen_int(int depth);
static Ex gen_funcall(int depth);

/* Pick a variable: type, rank (rank < 0: any array), writable only. */
static Var *pick_var(int type, int rank, int writable)
{
	int cand[256], nc = 0;
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (v->type != type)
			continue;
		if (rank >= 0 ? v->rank != rank : v->rank == 0)
			continue;
		if (writable && (v->ro || (in_function && v->scope != S_LOCAL)))
			continue;
		if (writable && type == T_INT && !v->isidx)
			continue;
		cand[nc++] = i;
	}
	if (!nc)
		return NULL;
	return &vars[cand[rnd(nc)]];
}

/* Scale an expression to |value| <= lim. */
static Ex fit(Ex e, double lim)
{
	if (e.b <= lim)
		return e;
	double c = scale_down(lim / e.b);
	Ex r = {sfmt("%s * (%s)", rconst(c), e.s), c * e.b};
	return r;
}

static int no_funcall; /* no function references (while a whole-array assignment to a global is built) */
static Var *pref_idx;  /* an index the call being built moves: subscripts prefer it */

/* A subscript in [lb, lb + ext - 1], or in [1, extcopy] for an adjustable dimension. */
static char *gen_sub_dim(int lb, int ext, const char *extcopy)
{
	int r = rnd(10);
	if (r < 2 && !extcopy)
		return sfmt("%d", lb + rnd(ext));
	IEx e;
	if (pref_idx && chance(60)) {
		note_read(pref_idx);
		e.s = sdup(pref_idx->name);
		e.lo = 1, e.hi = IMAX;
	} else {
		e = gen_int(1);
	}
	if (extcopy) {
		if (e.lo >= 1 && e.hi <= 1)
			return e.s;
		return sfmt("1 + mod(%s, %s)", e.s, extcopy);
	}
	int off = lb - 1;
	if (e.lo >= 1 && e.hi <= ext && r < 8) {
		if (off == 0)
			return e.s;
		return sfmt("%s %s %d", e.s, off < 0 ? "-" : "+", off < 0 ? -off : off);
	}
	if (e.lo >= 1 && e.hi <= ext)
		return sfmt("%d - (%s)", lb + ext, e.s);
	return sfmt("%d + mod(%s, %d)", lb, e.s, ext);
}

static char *elem_ref(Var *v)
{
	note_read(v);
	if (v->rank == 1)
		return sfmt("%s(%s)", v->name, gen_sub_dim(v->lb[0], v->ext[0], v->decl == D_ADJ ? v->extcopy : NULL));
	char *a = gen_sub_dim(v->lb[0], v->ext[0], v->decl == D_ADJ ? v->extcopy : NULL);
	char *b = gen_sub_dim(v->lb[1], v->ext[1], NULL);
	return sfmt("%s(%s, %s)", v->name, a, b);
}

/* ------------------------------------------------------------------ array sections (pattern `arrays`) */

/* Real arrays with extents known here (not adjustable, not assumed size) can give sections. */
static int sec_ok(const Var *v, int m)
{
	if (v->type != T_REAL || !v->rank || v->decl != D_FIXED)
		return 0;
	if (v->rank == 1)
		return v->ext[0] >= m;
	return v->ext[0] >= m || v->ext[1] >= m;
}

/* lo:hi:st over m elements of a dimension [lb, lb + ext - 1]: strides 1, -1, 2, -2, 3; a bound
 * that is the dimension's own is sometimes left out. */
static char *sec_dim(int lb, int ext, int m)
{
	int st = 1;
	if (m > 1 && chance(45)) {
		static const int cand[] = {-1, 2, -2, 3};
		int c = cand[rnd(4)];
		if (abs(c) * (m - 1) + 1 <= ext)
			st = c;
	}
	int span = abs(st) * (m - 1);
	int first = lb + rnd(ext - span); /* the lowest element */
	if (st > 1 && chance(30))         /* the section starts at the lower bound: x(::2) */
		first = lb;
	int lo = st > 0 ? first : first + span, hi = st > 0 ? first + span : first;
	if (st == 1) {
		int lo_omit = lo == lb && chance(50), hi_omit = hi == lb + ext - 1 && chance(50);
		return sfmt("%s:%s", lo_omit ? "" : sfmt("%d", lo), hi_omit ? "" : sfmt("%d", hi));
	}
	/* a bound left out with a positive stride, x(::2), x(2::2): the start when it is the lower
	 * bound, the end when the next step would pass the upper bound (so the section still has m
	 * elements). Not with a negative one: a left-out bound is still the lower bound first and the
	 * upper bound second (x(::-1) has no element) */
	int ub = lb + ext - 1;
	int start_omit = st > 0 && lo == lb && chance(50);
	int end_omit = st > 0 && hi + st > ub && chance(50);
	return sfmt("%s:%s:%d", start_omit ? "" : sfmt("%d", lo), end_omit ? "" : sfmt("%d", hi), st);
}

/* A rank-1 section of v with m elements: of a rank-1 array (sometimes the whole array), or a
 * column or a row of a rank-2 one (the other subscript constant when konst, else any index). */
/* WHERE written with one section throughout (stmt_where): every reference of pin_var is pin_sec,
 * and arr_term reads only it, so that stad lowers the construct to one loop nest */
static Var *pin_var;
static char *pin_sec;
static int pin_m; /* its element count: a section of another length (a reduction's) is not pinned */

static char *sec_ref(Var *v, int m, int konst)
{
	note_read(v);
	if (v == pin_var && m == pin_m)
		return sdup(pin_sec);
	if (v->rank == 1) {
		if (v->ext[0] == m && chance(15))
			return sdup(v->name);
		return sfmt("%s(%s)", v->name, sec_dim(v->lb[0], v->ext[0], m));
	}
	int col = v->ext[0] >= m && (v->ext[1] < m || chance(50));
	char *k = konst ? sfmt("%d", (col ? v->lb[1] : v->lb[0]) + rnd(col ? v->ext[1] : v->ext[0]))
	                : gen_sub_dim(col ? v->lb[1] : v->lb[0], col ? v->ext[1] : v->ext[0], NULL);
	if (col)
		return sfmt("%s(%s, %s)", v->name, sec_dim(v->lb[0], v->ext[0], m), k);
	return sfmt("%s(%s, %s)", v->name, k, sec_dim(v->lb[1], v->ext[1], m));
}

static Var *pick_sec(int m, int writable)
{
	int cand[256], nc = 0;
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (!sec_ok(v, m))
			continue;
		if (writable && (v->ro || (in_function && v->scope != S_LOCAL)))
			continue;
		cand[nc++] = i;
	}
	return nc ? &vars[cand[rnd(nc)]] : NULL;
}

/* CSHIFT or EOSHIFT of the whole array v (rank 1 or 2) by an amount known at run time, along a
 * dimension that is sometimes an expression too (feature `shift`): stad reads it through a
 * wrapped index, or through a temporary when the array shifted is the one assigned. */
static char *shift_term(Var *v)
{
	features |= F_SHIFT;
	IEx k = gen_int(1);
	char *amt = chance(50) ? sfmt("%s - %d", k.s, rrange(0, 4)) : k.s;
	const char *fn = chance(70) ? "cshift" : "eoshift";
	if (v->rank == 1)
		return chance(50) ? sfmt("%s(%s, %s)", fn, v->name, amt) : sfmt("%s(%s, %s, dim=1)", fn, v->name, amt);
	char *dim;
	if (chance(50)) {
		dim = sfmt("%d", rrange(1, 2));
	} else {
		IEx d = gen_int(1);
		dim = sfmt("1 + mod(%s, 2)", d.s);
	}
	return chance(50) ? sfmt("%s(%s, %s, %s)", fn, v->name, amt, dim)
	                  : sfmt("%s(%s, shift=%s, dim=%s)", fn, v->name, amt, dim);
}

/* An elemental rank-1 term over m elements: a section (of self half the time: overlapping the
 * section assigned), maybe through sin or tanh; *b bounds it. */
static char *arr_term(int m, Var *self, double *b)
{
	Var *v = self && sec_ok(self, m) && (pin_var || chance(50)) ? self : pick_sec(m, 0);
	if (!v)
		return NULL;
	char *t = NULL;
	if (chance(12)) { /* a shifted whole array of m elements, when there is one */
		int cand[256], nc = 0;
		for (int i = 0; i < nvars; i++)
			if (&vars[i] != pin_var && sec_ok(&vars[i], m) && vars[i].rank == 1 && vars[i].ext[0] == m)
				cand[nc++] = i;
		if (nc) {
			v = &vars[cand[rnd(nc)]];
			note_read(v);
			t = shift_term(v);
		}
	}
	if (!t)
		t = sec_ref(v, m, 0);
	if ((bugs_allowed & PAT_AFUNC) && chance(force_afunc ? 40 : 8)) {
		/* pattern `afunc`: an array-valued function of the section (bounded by 2.25) */
		features |= F_AFUNC;
		t = chance(50) ? sfmt("ga_rev(%d, %s)", m, t) : sfmt("ga_half(%s)", t);
	}
	if ((bugs_allowed & PAT_AFUNC) && chance(force_elemental ? 40 : 8)) {
		/* pattern `afunc`, feature `elemental`: mglob's ELEMENTAL functions applied to the term
		 * (|ge_sq| <= 0.25 x**2 <= 4; ge_mix's second argument a constant broadcast or a
		 * section of m elements: |0.5 x + 0.25 c sin(x)| <= 4) */
		features |= F_ELEMENTAL;
		if (chance(50)) {
			t = sfmt("ge_sq(%s)", t);
		} else {
			Var *c = chance(50) ? pick_sec(m, 0) : NULL;
			t = sfmt("ge_mix(%s, %s)", t, c ? sec_ref(c, m, 0) : rconst(rrange(-20, 20) / 10.0));
		}
	}
	int f = rnd(5);
	*b = f < 2 ? 1.0 : RMAX;
	return f == 0 ? sfmt("sin(%s)", t) : f == 1 ? sfmt("tanh(%s)", t) : t;
}

/* A rank-2 term over m1 x m2 elements of a rank-2 array (or the transpose of an m2 x m1 block). */
static char *arr_term2(int m1, int m2, Var *self, double *b)
{
	int cand[256], nc = 0;
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (v->type == T_REAL && v->rank == 2 && v->decl == D_FIXED &&
		    ((v->ext[0] >= m1 && v->ext[1] >= m2) || (v->ext[0] >= m2 && v->ext[1] >= m1)))
			cand[nc++] = i;
	}
	Var *v = self && chance(50) ? self : nc ? &vars[cand[rnd(nc)]] : NULL;
	if (!v)
		return NULL;
	note_read(v);
	*b = RMAX;
	int straight = v->ext[0] >= m1 && v->ext[1] >= m2;
	int tr = v->ext[0] >= m2 && v->ext[1] >= m1 && (!straight || chance(20));
	if (tr)
		return sfmt("transpose(%s(%s, %s))", v->name, sec_dim(v->lb[0], v->ext[0], m2), sec_dim(v->lb[1], v->ext[1], m1));
	if (v->ext[0] == m1 && v->ext[1] == m2 && chance(40))
		return shift_term(v);
	return sfmt("%s(%s, %s)", v->name, sec_dim(v->lb[0], v->ext[0], m1), sec_dim(v->lb[1], v->ext[1], m2));
}

/* The routine's table of well-separated weights for MAXVAL/MINVAL (declared on first use). */
static int pw_declared;
static const char *pw_table(void)
{
	if (!pw_declared) {
		bprintf(&decls, "  integer :: kpw\n");
		bprintf(&decls, "  real(8), parameter :: pw(20) = [(0.5d0 * mod(7 * kpw, 20), kpw = 1, 20)]\n");
		pw_declared = 1;
	}
	return "pw";
}

/* SUM, DOT_PRODUCT, MAXVAL or MINVAL of sections: MAXVAL/MINVAL of 0.05*t + pw(a:b), whose
 * table values are 0.5 apart, so the element chosen does not change near the inputs. */
static Ex gen_reduction(void)
{
	Ex r = {NULL, 0};
	int m = rrange(1, 6);
	double b1, b2;
	char *t1 = arr_term(m, NULL, &b1);
	if (!t1)
		return r;
	features |= F_REDUCTIONS;
	int k = rnd(3);
	if (k == 0) {
		if (m >= 3 && chance(25)) { /* several terms: far from the kink of a zero vector */
			r.s = sfmt("norm2(%s)", t1);
			r.b = b1 * sqrt((double)m);
		} else {
			r.s = sfmt("sum(%s)", t1);
			r.b = b1 * m;
		}
	} else if (k == 1) {
		char *t2 = arr_term(m, NULL, &b2);
		if (!t2)
			return r;
		r.s = sfmt("dot_product(%s, %s)", t1, t2);
		r.b = b1 * b2 * m;
	} else {
		int a = rrange(1, 21 - m);
		r.s = sfmt("%s(%s * %s + %s(%d:%d))", chance(50) ? "maxval" : "minval", rconst(0.05), t1, pw_table(), a,
		           a + m - 1);
		r.b = 9.5 + 0.05 * b1;
	}
	return fit(r, 16);
}

/* Integer expressions with known ranges, nonnegative. */
static IEx gen_int(int depth)
{
	IEx r;
	int k = rnd(depth <= 0 ? 4 : 17);
	if (k <= 2) {
		Var *v = pick_var(T_INT, 0, 0);
		if (v && v->ilo >= 0) {
			note_read(v);
			r.s = sdup(v->name);
			r.lo = v->ilo;
			r.hi = v->ihi;
			return r;
		}
	}
	if (k == 3 && chance(40)) { /* an element of a read-only integer table (DATA): an indirect index */
		Var *t = pick_var(T_INT, 1, 0);
		if (t) {
			r.s = elem_ref(t);
			r.lo = t->ilo;
			r.hi = t->ihi;
			return r;
		}
	}
	if (k <= 3) {
		int c = rrange(0, IMAX);
		r.s = sfmt("%d", c);
		r.lo = r.hi = c;
		return r;
	}
	IEx a = gen_int(depth - 1);
	switch (k) {
	case 4:
	case 5: {
		IEx b = gen_int(depth - 1);
		r.s = sfmt("%s + %s", a.s, b.s);
		r.lo = a.lo + b.lo;
		r.hi = a.hi + b.hi;
		return r;
	}
	case 6: {
		IEx b = gen_int(0);
		if (a.hi * b.hi > 60)
			break;
		r.s = sfmt("%s * %s", a.hi < 10 && strchr(a.s, ' ') ? sfmt("(%s)", a.s) : a.s,
		           strchr(b.s, ' ') ? sfmt("(%s)", b.s) : b.s);
		r.lo = a.lo * b.lo;
		r.hi = a.hi * b.hi;
		return r;
	}
	case 7: {
		int c = rrange(2, 5);
		if (chance(30)) { /* bits of a nonnegative value: IAND with a mask, or a right shift */
			int mask = (1 << rrange(1, 3)) - 1;
			if (chance(50)) {
				r.s = sfmt("iand(int(%s), %d)", a.s, mask); /* int(): one kind, as IAND wants */
				r.lo = 0;
				r.hi = mask < a.hi ? mask : a.hi;
			} else {
				r.s = sfmt("ishft(int(%s), -1)", a.s);
				r.lo = a.lo / 2;
				r.hi = a.hi / 2;
			}
			return r;
		}
		r.s = sfmt("%s(%s, %d)", chance(80) ? "mod" : "modulo", a.s, c);
		r.lo = 0;
		r.hi = c - 1 < a.hi ? c - 1 : a.hi;
		return r;
	}
	case 8: {
		int c = rrange(2, 3);
		r.s = sfmt("(%s) / %d", a.s, c);
		r.lo = a.lo / c;
		r.hi = a.hi / c;
		return r;
	}
	case 9: {
		IEx b = gen_int(depth - 1);
		int mx = chance(50);
		r.s = sfmt("%s(%s, %s)", mx ? "max" : "min", a.s, b.s);
		r.lo = mx ? (a.lo > b.lo ? a.lo : b.lo) : (a.lo < b.lo ? a.lo : b.lo);
		r.hi = mx ? (a.hi > b.hi ? a.hi : b.hi) : (a.hi < b.hi ? a.hi : b.hi);
		return r;
	}
	case 10:
	case 11: {
		/* a real made integer, its argument kept between the jumps */
		Ex e = gen_real(depth - 1);
		e = fit(e, 1.0);
		int m = rrange(0, 4);
		double s = 0.35;
		int f = rnd(3);
		const char *fn = f == 0 ? (chance(80) ? "int" : "idint") : f == 1 ? (chance(80) ? "nint" : "idnint") : "floor";
		double c = f == 1 ? m : m + 0.5; /* nint jumps at m + 0.5, int and floor at integers */
		if (f == 1 && m == 0)
			c = 0, s = 0.3; /* nint near 0: [-0.3, 0.3] rounds to 0 */
		if (f == 2 && landed_allowed && chance(40)) {
			/* pattern `landed`: CEILING, its jumps at the integers too: m from m - 0.5 */
			features2 |= F2_ROUNDING;
			fn = "ceiling";
			c = m - 0.5;
		}
		char *arg = sfmt("%s + %s * sin(%s)", rconst(c), rconst(s), e.s);
		r.s = sfmt("%s(%s)", fn, arg);
		r.lo = r.hi = m;
		return r;
	}
	case 12: {
		IEx b = gen_int(0);
		r.s = sfmt("abs(%s - %s)", a.s, b.s);
		r.lo = 0;
		r.hi = a.hi > b.hi ? a.hi : b.hi;
		return r;
	}
	case 13:
		if (a.hi > 7)
			break;
		r.s = sfmt("(%s)**2", a.s);
		r.lo = a.lo * a.lo;
		r.hi = a.hi * a.hi;
		return r;
	case 14: {
		/* negative operands: MOD takes the sign of the dividend, / truncates toward zero */
		int d = a.hi + rrange(1, 4), c = rrange(2, 4);
		if (chance(50)) {
			r.s = sfmt("%d + mod(%s - %d, %d)", c, a.s, d, c);
			r.lo = 1, r.hi = c;
		} else {
			r.s = sfmt("(%s - %d) / %d + %d", a.s, d, c, (d - a.lo) / c);
			r.lo = 0;
			r.hi = (d - a.lo) / c;
		}
		return r;
	}
	case 15: {
		/* INT, NINT, FLOOR of negative values: truncation, rounding away from zero, floor */
		Ex e = fit(gen_real(depth - 1), 1.0);
		int m = rrange(0, 3);
		int f = rnd(3);
		double c = f == 1 ? -m - 1.0 : -m - 0.5;
		int v = f == 0 ? -m : f == 1 ? -m - 1 : -m - 1;
		const char *fn = f == 0 ? "int" : f == 1 ? "nint" : "floor";
		r.s = sfmt("%d + %s(%s + %s * sin(%s))", 5 - v, fn, rconst(c), rconst(0.35), e.s);
		r.lo = r.hi = 5;
		return r;
	}
	default: break;
	}
	return a;
}

/* An integer expression in [1, IMAX]. */
static char *gen_idx(void)
{
	IEx e = gen_int(2);
	if (e.lo >= 1 && e.hi <= IMAX)
		return e.s;
	return sfmt("1 + mod(%s, %d)", e.s, IMAX);
}

/* Real expressions with a bound on their magnitude. Intrinsics get arguments kept away from
 * kinks and domain limits: a bounded inner value u = sin(e) or tanh(e) in [-1, 1] shifted by a
 * center c and scaled by s with |c| - s > margin (some margins small: near but safe). */
static Ex unit(int depth, const char **fnp)
{
	Ex e = gen_real(depth);
	const char *fn = chance(50) ? "sin" : chance(50) ? "cos" : "tanh";
	if (fnp)
		*fnp = fn;
	Ex r = {sfmt("%s(%s)", fn, e.s), 1.0};
	return r;
}

/* c + s*u with u in [-1, 1], |c| - s >= margin. */
static Ex shifted(int depth, double margin, double cmax, int allow_negative)
{
	double c = rc(margin + 0.1, cmax);
	double s = rc(0.05, c - margin);
	if (s < 0.05)
		s = 0.05, c = margin + 0.05 + 0.01;
	if (allow_negative && chance(35))
		c = -c;
	char *cs = rconst(c), *ss = rconst(fabs(s));
	/* recompute from the printed constants: the margin must hold for them */
	double cc = atof(cs + (cs[0] == '(' ? 1 : 0)), sv = atof(ss);
	if (fabs(cc) - sv < margin * 0.99) {
		sv = fabs(cc) - margin - 0.01;
		if (sv < 0.01) {
			Ex k = {rconst(cc), fabs(cc)};
			return k;
		}
		ss = rconst(sv);
	}
	Ex u = unit(depth, NULL);
	Ex r = {sfmt("(%s + %s * %s)", cs, ss, u.s), fabs(cc) + sv};
	return r;
}

/* A rank-2 PARAMETER given its values by RESHAPE (declared on first use): prs(i, j) is
 * 0.5 (i + 2 (j - 1)), element order being storage order. */
static int prs_declared;
static const char *prs_table(void)
{
	if (!prs_declared) {
		bprintf(&decls, "  real(8), parameter :: prs(2, 3) = reshape([0.5d0, 1d0, 1.5d0, 2d0, 2.5d0, 3d0], [2, 3])\n");
		prs_declared = 1;
	}
	return "prs";
}

static Ex leaf_real(void)
{
	int k = rnd(10);
	Ex r;
	if (k < 4) {
		Var *v = pick_var(T_REAL, 0, 0);
		if (v) {
			note_read(v);
			r.s = sdup(v->name);
			r.b = RMAX;
			return r;
		}
	}
	if (k < 8) {
		Var *v = pick_var(T_REAL, -1, 0);
		if (v) {
			r.s = elem_ref(v);
			r.b = RMAX;
			return r;
		}
	}
	if (k < 9) {
		IEx i = gen_int(1);
		r.s = use_kinds && chance(40) ? sfmt("real(%s, %s)", i.s, chance(50) ? "dp" : "kind=dp") : sfmt("dble(%s)", i.s);
		r.b = i.hi > -i.lo ? i.hi : -i.lo;
		if (r.b < 1)
			r.b = 1;
		return r;
	}
	if (chance(8)) {
		int i = rrange(1, 2), j = rrange(1, 3);
		r.s = sfmt("%s(%d, %d)", prs_table(), i, j);
		r.b = 0.5 * (i + 2 * (j - 1));
		return r;
	}
	r.b = round2(rc(0.1, 2.0));
	r.s = rconst(chance(30) ? -r.b : r.b);
	return r;
}

static Ex gen_real(int depth)
{
	if (depth <= 0 || chance(20))
		return leaf_real();
	Ex r;
	int k = rnd(bugs_allowed & PAT_ARRAYS ? 45 : 43);
	if (k >= 43) {
		Ex e = gen_reduction();
		return e.s ? e : leaf_real();
	}
	switch (k) {
	case 0:
	case 1:
	case 2:
	case 3: {
		Ex a = gen_real(depth - 1), b = gen_real(depth - 1);
		const char *op = chance(50) ? "+" : "-";
		r.s = sfmt("%s %s %s", a.s, op, strchr(b.s, ' ') && b.s[0] != '(' ? sfmt("(%s)", b.s) : b.s);
		r.b = a.b + b.b;
		return fit(r, 16);
	}
	case 4:
	case 5:
	case 6: {
		Ex a = fit(gen_real(depth - 1), 4), b = fit(gen_real(depth - 1), 4);
		r.s = sfmt("(%s) * (%s)", a.s, b.s);
		r.b = a.b * b.b;
		return fit(r, 16);
	}
	case 7: {
		Ex a = gen_real(depth - 1);
		Ex d = shifted(depth - 1, 0.5, 2.5, 1);
		r.s = sfmt("(%s) / %s", a.s, d.s);
		r.b = a.b / 0.5;
		return fit(r, 16);
	}
	case 8: {
		Ex a = gen_real(depth - 1);
		IEx i = gen_int(1);
		if (i.lo < 1)
			i.s = sfmt("(1 + %s)", i.s);
		r.s = sfmt("(%s) / dble(%s)", a.s, i.s);
		r.b = a.b;
		return r;
	}
	case 9: {
		Ex a = gen_real(depth - 1);
		r.s = sfmt("(-(%s))", a.s);
		r.b = a.b;
		return r;
	}
	case 10:
	case 11:
	case 12: {
		Ex a = gen_real(depth - 1);
		static const char *fns[] = {"sin", "cos", "tanh", "dsin", "dcos", "dtanh"};
		r.s = sfmt("%s(%s)", fns[rnd(6)], a.s);
		r.b = 1;
		return r;
	}
	case 13: {
		Ex a = gen_real(depth - 1);
		r.s = sfmt("%s(%s)", chance(70) ? "atan" : "datan", a.s);
		r.b = a.b < 1.58 ? a.b : 1.58;
		return r;
	}
	case 14: {
		if (chance(15)) {
			/* GAMMA or LOG_GAMMA of an argument in [0.3, 3.3]: the runtime's digamma in the
			 * derivatives (|gamma| <= 3 there, |log_gamma| <= 1.1) */
			Ex d = shifted(depth - 1, 0.3, 1.8, 0);
			int g = chance(50);
			r.s = sfmt("%s(%s)", g ? "gamma" : "log_gamma", d.s);
			r.b = g ? 3.0 : 1.1;
			return r;
		}
		Ex a = fit(gen_real(depth - 1), 1.5);
		r.s = sfmt("%s(%s)", chance(80) ? "exp" : "dexp", a.s);
		r.b = 4.49;
		return r;
	}
	case 15: {
		/* log near but safe: argument down to 0.05 */
		Ex d = shifted(depth - 1, chance(20) ? 0.05 : 0.3, 3.0, 0);
		const char *fn = rnd(3) == 0 ? (chance(80) ? "log10" : "dlog10") : chance(80) ? "log" : "dlog";
		r.s = sfmt("%s(%s)", fn, d.s);
		r.b = 3.1;
		return r;
	}
	case 16: {
		if (chance(25)) {
			/* clipped: sqrt(max(d, 0)) and max(d, 0)**0.75, d away from 0 on either side: where
			 * d < 0 the derivative's infinite partial meets the clipped zero derivative
			 * (ad/diffexpr.c guard_singular); no NaN in the primal (the gfortran reference traps) */
			Ex d = shifted(depth - 1, 0.2, 2.0, 1);
			if (chance(50))
				r.s = sfmt("sqrt(max(%s, 0d0))", d.s);
			else
				r.s = sfmt("max(%s, 0d0)**0.75d0", d.s);
			r.b = 1.7;
			return r;
		}
		Ex d = shifted(depth - 1, chance(20) ? 0.02 : 0.3, 3.0, 0);
		r.s = sfmt("%s(%s)", chance(80) ? "sqrt" : "dsqrt", d.s);
		r.b = 2.0;
		return r;
	}
	case 17: {
		/* abs away from its kink */
		Ex d = shifted(depth - 1, chance(20) ? 0.03 : 0.2, 2.0, 1);
		if (chance(20)) /* DIM(d, 0) = MAX(d, 0): its kink at 0 too */
			r.s = sfmt("%s(%s, 0d0)", chance(70) ? "dim" : "ddim", d.s);
		else
			r.s = sfmt("%s(%s)", chance(80) ? "abs" : "dabs", d.s);
		r.b = d.b;
		return r;
	}
	case 18: {
		/* sign(a, b): b away from 0 */
		Ex d = shifted(depth - 1, 0.2, 2.0, 1);
		int use_bug = chance(30); /* drawn either way: excluding a pattern changes little else */
		if ((bugs_allowed & BUG_SIGN) && use_bug) {
			bugs_used |= BUG_SIGN;
			double c = round2(rc(0.1, 2.0));
			char *sg = sfmt("sign(%s, %s)", rconst(chance(30) ? -c : c), d.s);
			int sform = rnd(3); /* bare, negated, divided: the forms that crashed the tangent */
			r.s = sform == 0 ? sg : sform == 1 ? sfmt("(-%s)", sg) : sfmt("%s / %s", sg, rconst(round2(rc(1.5, 3))));
			r.b = c;
			return r;
		}
		Ex a = gen_real(depth - 1);
		int spell = chance(85);
		if (!(bugs_allowed & BUG_SIGN)) {
			/* the tangent crash happens with any passive first argument, which the generator
			 * cannot tell apart: no SIGN at all while the pattern is excluded */
			return a;
		}
		bugs_used |= BUG_SIGN;
		r.s = sfmt("%s(%s, %s)", spell ? "sign" : "dsign", a.s, d.s);
		r.b = a.b;
		return r;
	}
	case 19:
	case 20: {
		/* max/min of 2..4 arguments whose ranges do not overlap: the winner is fixed */
		int n = rrange(2, 4);
		int mx = chance(50);
		int win = rnd(n);
		char *args = sdup("");
		double bmax = 0;
		for (int i = 0; i < n; i++) {
			Ex u = unit(depth - 1, NULL);
			double s = round2(rc(0.1, 0.4));
			double c = (i == win) == (mx != 0) ? 1.2 + rnd(3) * 0.1 : -0.2 - rnd(5) * 0.1;
			if (chance(15) && i != win)
				c = (mx ? 1.2 - 2 * s - 0.02 - 0.4 + 0.4 : 0); /* near the winner but below */
			char *a = sfmt("%s + %s * %s", rconst(c), rconst(s), u.s);
			if (fabs(c) + s > bmax)
				bmax = fabs(c) + s;
			args = sfmt("%s%s%s", args, i ? ", " : "", a);
		}
		const char *fn = mx ? (chance(80) ? "max" : "dmax1") : (chance(80) ? "min" : "dmin1");
		r.s = sfmt("%s(%s)", fn, args);
		r.b = bmax;
		return r;
	}
	case 21: {
		/* real mod, the dividend inside one period */
		static const double ps[] = {0.7, 1.0, 1.5, 2.0};
		double p = ps[rnd(4)];
		int m = rrange(-2, 2);
		double c = (m + 0.5) * p, s = 0.35 * p;
		Ex u = unit(depth - 1, NULL);
		/* MODULO's jumps are MOD's shifted: inside one period both are smooth */
		r.s = sfmt("%s(%s + %s * %s, %s)", chance(30) ? "modulo" : "mod", rconst(c), rconst(s), u.s, rconst(p));
		r.b = p;
		return r;
	}
	case 22: {
		/* atan2 away from the origin and from the branch cut */
		Ex u1 = unit(depth - 1, NULL), u2 = unit(depth - 1, NULL);
		double a = rc(-1, 1), b = rc(0.6, 1.5), sa = 0.3, sb = 0.3;
		if (chance(40)) { /* b may be negative: a stays away from 0 */
			a = chance(50) ? rc(0.5, 1.2) : -rc(0.5, 1.2);
			b = rc(-1, 1);
		}
		if (chance(20)) { /* the same arguments: away from the origin, HYPOT's kink */
			r.s = sfmt("hypot(%s + %s * %s, %s + %s * %s)", rconst(a), rconst(sa), u1.s, rconst(b), rconst(sb), u2.s);
			r.b = 2.5;
			return r;
		}
		if (chance(50))
			r.s = sfmt("%s(%s + %s * %s, %s + %s * %s)", chance(70) ? "atan2" : "atan", rconst(a), rconst(sa), u1.s,
			           rconst(b), rconst(sb), u2.s);
		else
			r.s = sfmt("%s(%s + %s * %s, %s + %s * %s)", chance(50) ? "atan2" : "datan2", rconst(a), rconst(sa), u1.s,
			           rconst(b), rconst(sb), u2.s);
		r.b = 3.1416;
		return r;
	}
	case 23: {
		Ex u = unit(depth - 1, NULL);
		double s = round2(rc(0.2, 1.2));
		r.s = sfmt("%s(%s * %s)", chance(80) ? "tan" : "dtan", rconst(s), u.s);
		r.b = 2.6;
		return r;
	}
	case 24: {
		Ex u = unit(depth - 1, NULL);
		double s = round2(rc(0.2, chance(20) ? 0.97 : 0.85));
		if (chance(25)) {
			r.s = sfmt("%s(%s * %s)", chance(50) ? "erf" : "erfc", rconst(s), u.s);
			r.b = 2;
			return r;
		}
		const char *fn = chance(50) ? (chance(80) ? "asin" : "dasin") : (chance(80) ? "acos" : "dacos");
		r.s = sfmt("%s(%s * %s)", fn, rconst(s), u.s);
		r.b = 3.1416;
		return r;
	}
	case 25: {
		Ex a = fit(gen_real(depth - 1), 2);
		int f = rnd(8);
		if (f == 5) { /* the F2008 inverse hyperbolic functions, inside their domains */
			r.s = sfmt("asinh(%s)", a.s);
			r.b = 1.45;
		} else if (f == 6) {
			r.s = sfmt("atanh(0.5d0 * tanh(%s))", a.s);
			r.b = 0.55;
		} else if (f == 7) {
			r.s = sfmt("acosh(1.5d0 + (%s)**2)", a.s);
			r.b = 2.4;
		} else {
			r.s = sfmt("%s(%s)", f < 3 ? (chance(80) ? "sinh" : "dsinh") : (chance(80) ? "cosh" : "dcosh"), a.s);
			r.b = 3.8;
		}
		return r;
	}
	case 26:
	case 27: {
		Ex a = fit(gen_real(depth - 1), 2.5);
		int p = rrange(2, 3);
		r.s = sfmt("(%s)**%d", a.s, p);
		r.b = p == 2 ? a.b * a.b : a.b * a.b * a.b;
		return fit(r, 16);
	}
	case 28: {
		Ex d = shifted(depth - 1, 0.5, 2.0, 0);
		int p = -rrange(1, 2);
		r.s = sfmt("%s**(%d)", d.s, p);
		r.b = p == -1 ? 2 : 4;
		return r;
	}
	case 29: {
		Ex d = shifted(depth - 1, 0.3, 2.0, 0);
		double e = round2(rc(0.5, 2.5));
		r.s = sfmt("%s**%s", d.s, rconst(e));
		r.b = 16;
		return r;
	}
	case 30: {
		/* active exponent, positive base */
		Ex d = shifted(depth - 1, 0.4, 1.8, 0);
		Ex e = fit(gen_real(depth - 1), 1.5);
		r.s = sfmt("%s**(%s)", d.s, e.s);
		r.b = 8;
		return r;
	}
	case 31: {
		Ex a = gen_real(depth - 1);
		int use_bug = chance(25);
		if ((bugs_allowed & BUG_REAL) && use_bug) {
			bugs_used |= BUG_REAL;
			r.s = sfmt("dble(real(%s))", a.s); /* real(8) again: it may be a whole actual */
		} else {
			r.s = sfmt("dble(%s)", a.s);
		}
		r.b = a.b;
		return r;
	}
	case 32: {
		IEx i = gen_int(depth - 1);
		Ex a = fit(gen_real(depth - 1), 4);
		r.s = sfmt("%s * %s", strchr(i.s, ' ') ? sfmt("(%s)", i.s) : i.s, a.s[0] == '(' ? a.s : sfmt("(%s)", a.s));
		r.b = a.b * (i.hi > 1 ? i.hi : 1);
		return fit(r, 16);
	}
	case 33:
	case 34:
	case 35:
		if (!in_function || cur_index > 0) {
			Ex f = gen_funcall(depth - 1);
			if (f.s)
				return f;
		}
		return leaf_real();
	case 36: {
		/* merge: a branch-free selection */
		Ex a = gen_real(depth - 1), b = gen_real(depth - 1);
		IEx i = gen_int(0);
		r.s = sfmt("merge(%s, %s, %s > %d)", a.s, b.s, i.s, rrange(1, 5));
		r.b = a.b > b.b ? a.b : b.b;
		return r;
	}
	case 39: {
		/* precedence: -a**2 is -(a**2) */
		Ex a = fit(gen_real(depth - 1), 2);
		r.s = sfmt("(-(%s)**2)", a.s);
		r.b = a.b * a.b;
		return r;
	}
	case 40: {
		/* a / b / c is (a / b) / c */
		Ex a = fit(gen_real(depth - 1), 4);
		Ex d1 = shifted(depth - 1, 0.5, 2.0, 1), d2 = shifted(depth - 1, 0.5, 2.0, 1);
		r.s = sfmt("(%s) / %s / %s", a.s, d1.s, d2.s);
		r.b = a.b * 4;
		return fit(r, 16);
	}
	case 41: {
		/* DINT: a real truncation, its argument between the jumps */
		Ex u = unit(depth - 1, NULL);
		int m = rrange(-2, 3);
		if (landed_allowed && chance(40)) {
			/* pattern `landed`: AINT (DINT's generic name), or ANINT, whose jumps are at the
			 * half-integers: its argument kept around m */
			features2 |= F2_ROUNDING;
			int an = chance(50);
			r.s = sfmt("%s(%s + %s * %s)", an ? "anint" : "aint", rconst(an ? m : m + (m < 0 ? -0.5 : 0.5)),
			           rconst(0.35), u.s);
			r.b = abs(m) + 1;
			return r;
		}
		r.s = sfmt("dint(%s + %s * %s)", rconst(m + (m < 0 ? -0.5 : 0.5)), rconst(0.35), u.s);
		r.b = abs(m) + 1;
		return r;
	}
	case 42: {
		/* a constant base, an active exponent */
		Ex e = fit(gen_real(depth - 1), 2);
		r.s = sfmt("%s**(%s)", rconst(round2(rc(0.6, 1.6))), e.s);
		r.b = 1.6 * 1.6 * 1.6;
		return r;
	}
	case 38: {
		/* an integer exponent held in a variable, positive base */
		Var *kv = pick_var(T_INT, 0, 0);
		if (!kv || kv->ilo < 0 || kv->ihi > 9)
			return leaf_real();
		note_read(kv);
		Ex u = unit(depth - 1, NULL);
		r.s = sfmt("(%s + %s * %s)**%s", rconst(1.0), rconst(round2(rc(0.05, 0.25))), u.s, kv->name);
		r.b = 1.25 * 1.25 * 1.25 * 1.25 * 1.25 * 1.25 * 1.25 * 1.25 * 1.25;
		return fit(r, 16);
	}
	case 37: {
		Ex a = fit(gen_real(depth - 1), 4);
		r.s = sfmt("%s * %s", rconst(round2(rc(0.1, 1.5))), a.s[0] == '(' ? a.s : sfmt("(%s)", a.s));
		r.b = a.b * 1.5;
		return r;
	}
	default: return leaf_real();
	}
	return leaf_real();
}

static char *gen_cond(int depth)
{
	int k = rnd(depth > 0 ? 8 : 5);
	static const char *rel_real[] = {">", "<", ">=", "<=", ".gt.", ".lt."};
	static const char *rel_int[] = {">", "<", ">=", "<=", "==", "/=", ".eq.", ".ne.", ".ge.", ".le."};
	if (k <= 2) {
		Ex a = gen_real(1);
		if (chance(50))
			return sfmt("%s %s %s", a.s, rel_real[rnd(6)], rconst(rc(-1.5, 1.5)));
		Ex b = gen_real(1);
		return sfmt("%s %s %s", a.s, rel_real[rnd(6)], b.s);
	}
	if (k <= 4) {
		IEx a = gen_int(1);
		return sfmt("%s %s %d", a.s, rel_int[rnd(10)], rrange(1, IMAX));
	}
	if (k == 5 && chance(40)) { /* a LOGICAL variable */
		Var *l = pick_var(T_LOG, 0, 0);
		if (l) {
			note_read(l);
			return chance(70) ? sdup(l->name) : sfmt(".not. %s", l->name);
		}
	}
	char *a = gen_cond(depth - 1), *b = gen_cond(depth - 1);
	if (k == 5)
		return sfmt("(%s) .and. (%s)", a, b);
	if (k == 6)
		return sfmt(chance(70) ? "(%s) .or. (%s)" : chance(50) ? "(%s) .eqv. (%s)" : "(%s) .neqv. (%s)", a, b);
	return sfmt(".not. (%s)", a);
}

/* ------------------------------------------------------------------ calls */

/* Which storage an actual argument names (NULL for an expression) and whether it is written. */
typedef struct Act {
	char *text;
	const Var *store;
	int written;
	int lo, hi; /* a rank-1 element actual with a constant subscript: the elements it gives (offsets
	               from the array's first), for `partition`; lo -1 otherwise */
} Act;

/* Pattern `partition`: a start (offset) for `need` elements of v that no earlier actual of the
 * call giving v overlaps, all of them constant element actuals; -1 when there is none. */
static int part_start(const Var *v, int need, const Act *acts, int nacts)
{
	int lo = v->ext[0], hi = -1, any = 0;
	for (int i = 0; i < nacts; i++)
		if (acts[i].store == v) {
			if (acts[i].lo < 0)
				return -1;
			any = 1;
			lo = acts[i].lo < lo ? acts[i].lo : lo;
			hi = acts[i].hi > hi ? acts[i].hi : hi;
		}
	if (!any)
		return -1;
	if (hi + need < v->ext[0])
		return hi + 1 + rnd(v->ext[0] - hi - need);
	if (need <= lo)
		return rnd(lo - need + 1);
	return -1;
}

static int is_global(const Var *v)
{
	return v->gid >= 0;
}

/* Can `store` be passed to a dummy of `callee` (written or not)? Legal Fortran aliasing only. */
static int store_ok(const Routine *callee, const Var *store, int written, Act *acts, int nacts, int *restrict_used)
{
	for (int i = 0; i < nacts; i++) {
		if (!acts[i].store || acts[i].store != store)
			continue;
		if (written || acts[i].written || callee->lib)
			return 0; /* a written dummy aliased with another (a library routine's: any two) */
	}
	if (is_global(store)) {
		uint32_t bit = 1u << store->gid;
		if (written && ((callee->gread | callee->gwrite) & bit))
			return 0;
		if (!written && (callee->gwrite & bit))
			return 0;
		if (!written && (callee->gread & bit)) {
			if (!(bugs_allowed & BUG_RESTRICT))
				return 0;
			*restrict_used = 1;
		}
	}
	return 1;
}

/* An expression actual that is a bare variable or element would be passed by reference (and
 * could alias a written dummy): parentheses make it an expression, passed as a value. */
static const Var *as_value_var; /* the variable as_value parenthesized, or NULL */
static char *as_value(char *t)
{
	as_value_var = NULL;
	size_t n = strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789_");
	if (!n)
		return t;
	char name[16];
	if (n >= sizeof name)
		return t;
	memcpy(name, t, n);
	name[n] = 0;
	if (!var_find(name))
		return t;
	as_value_var = var_find(name);
	if (t[n] == 0)
		return sfmt("(%s)", t);
	if (t[n] != 0x28)
		return t;
	int depth = 0;
	for (size_t i = n; t[i]; i++) {
		if (t[i] == 0x28)
			depth++;
		else if (t[i] == 0x29 && --depth == 0)
			return t[i + 1] ? t : sfmt("(%s)", t);
	}
	return t;
}

/* An expression actual through as_value. A parenthesized variable is passed by reference by stad
 * (found/paren_actual_by_reference.f90): while the pattern `parenvalue` is excluded it counts as
 * that variable, so no written dummy of the call aliases it (or a constant is passed instead). */
static int store_ok(const Routine *callee, const Var *store, int written, Act *acts, int nacts, int *restrict_used);
static char *paren_actual(const Routine *r, Act *acts, int d, char *e0, int *restrict_used)
{
	char *t = as_value(e0);
	if (t == e0 || !as_value_var)
		return t;
	if (bugs_allowed & BUG_PARENVALUE) {
		bugs_used |= BUG_PARENVALUE;
		return t;
	}
	if (!store_ok(r, as_value_var, 0, acts, d, restrict_used))
		return sdup(r->dum[d].type == T_INT ? "1" : "0.5d0");
	acts[d].store = as_value_var;
	return t;
}

/* Build the actual arguments of a call of routine r; returns 0 when no legal list was found. */
static int gen_actuals_(const Routine *r, Act *acts, uint32_t *feat);
static int gen_actuals(const Routine *r, Act *acts, uint32_t *feat)
{
	Var *saved = pref_idx; /* function references inside actuals build their own */
	/* the actuals record their subscripts' variables for themselves: an enclosing recording (the
	 * right-hand side of a whole-array assignment, for `wholeself`) gets back its own list, plus
	 * every variable the call is given */
	int rec_was = rec_on, nrec_was = nrec;
	char names_was[32][16];
	memcpy(names_was, rec_names, sizeof names_was);
	int ok = gen_actuals_(r, acts, feat);
	pref_idx = saved;
	if (rec_was) {
		rec_on = 1;
		nrec = nrec_was;
		memcpy(rec_names, names_was, sizeof names_was);
		for (int d = 0; ok && d < r->ndum; d++)
			if (acts[d].store && nrec < 32)
				snprintf(rec_names[nrec++], 16, "%s", acts[d].store->name);
	}
	return ok;
}
/* Pattern `argexpr`: an array expression as the actual of the INTENT(IN) array dummy dv (needing
 * `need` elements), which stad evaluates into a temporary before the call: whole arrays of dv's
 * rank combined elementwise, a section scaled, or (rank 1) a constructor of scalar values; every
 * value stays in [-RMAX, RMAX]. NULL when no array fits. */
static char *arg_expr(const Var *dv, int need)
{
	int k = rnd(dv->rank == 1 ? 4 : 2);
	if (k == 3 && need <= 8) {
		int m = need + rnd(2);
		Buf b = {0};
		for (int i = 0; i < m; i++)
			bprintf(&b, "%s%s", i ? ", " : "[", fit(gen_real(1), RMAX).s);
		bprintf(&b, "]");
		return b.s;
	}
	if (k == 2 && need <= 9) {
		Var *sv = pick_sec(need, 0);
		if (sv)
			return sfmt("0.5d0 * %s + %s", sec_ref(sv, need, 1), fit(gen_real(1), RMAX / 2).s);
	}
	int cand[256], nc = 0;
	for (int i = 0; i < nvars && nc < 256; i++) {
		const Var *v = &vars[i];
		if (v->type == T_REAL && v->rank == dv->rank && v->decl == D_FIXED && var_size(v) >= need)
			cand[nc++] = i;
	}
	if (!nc)
		return NULL;
	Var *v = &vars[cand[rnd(nc)]];
	note_read(v);
	if (k == 0) {
		for (int t = 0; t < 4; t++) {
			Var *w = &vars[cand[rnd(nc)]];
			if (w->ext[0] == v->ext[0] && (v->rank == 1 || w->ext[1] == v->ext[1])) {
				note_read(w);
				return sfmt("0.5d0 * (%s + %s)", v->name, w->name);
			}
		}
	}
	if (k == 1)
		return sfmt("%s * cos(%s)", v->name, gen_real(1).s);
	return sfmt("0.5d0 * %s - %s", v->name, fit(gen_real(1), RMAX / 2).s);
}

static int gen_actuals_(const Routine *r, Act *acts, uint32_t *feat)
{
	for (int attempt = 0; attempt < 12; attempt++) {
		/* sometimes the call moves an index its actuals use (known-bug pattern `index`): an integer
		 * passed to an inout dummy, or a module/COMMON integer the callee writes */
		pref_idx = NULL;
		if ((bugs_allowed & BUG_INDEX) && attempt < 6 && chance(50)) {
			int cand[64], nc = 0;
			int inout_int = 0;
			for (int d = 0; d < r->ndum; d++)
				if (r->dum[d].type == T_INT && r->dum[d].intent == I_INOUT)
					inout_int = 1;
			for (int i = 0; i < nvars && nc < 64; i++) {
				Var *v = &vars[i];
				if (v->type != T_INT || !v->isidx)
					continue;
				if (is_global(v) && (r->gwrite & (1u << v->gid)))
					cand[nc++] = i;
				else if (inout_int && !v->ro && !(is_global(v) && ((r->gread | r->gwrite) & (1u << v->gid))))
					cand[nc++] = i;
			}
			if (nc)
				pref_idx = &vars[cand[rnd(nc)]];
		}
		int ok = 1, restrict_used = 0, index_used = 0, extent_used = 0;
		uint32_t f = 0;
		char recorded[64][16];
		int nrecorded = 0;
		for (int d = 0; d < r->ndum && ok; d++) {
			const Var *dv = &r->dum[d];
			int written = dv->intent != I_IN;
			Act *a = &acts[d];
			a->store = NULL;
			a->written = written;
			a->text = NULL;
			a->lo = a->hi = -1;
			if (dv->type == T_INT) {
				/* the extent of an adjustable dummy? */
				int isext = 0, extmod = dv->modified;
				for (int e = 0; e < r->ndum; e++)
					if (r->dum[e].decl == D_ADJ && r->dum[e].adjvar == d)
						isext = 1;
				if (!written && (!isext || !(bugs_allowed & BUG_EXTENT) || chance(40))) {
					if (isext) {
						a->text = sfmt("%d", rrange(1, IMAX));
					} else {
						/* an INTEGER(8) index in the expression: the dummy is default INTEGER */
						int8_read = 0;
						char *ix = gen_idx();
						if (int8_read)
							ix = sfmt("int(%s%s)", ix, chance(30) ? ", kind=4" : "");
						a->text = paren_actual(r, acts, d, ix, &restrict_used);
					}
					continue;
				}
				Var *v = NULL;
				if (written && pref_idx && !is_global(pref_idx) &&
				    store_ok(r, pref_idx, 1, acts, d, &restrict_used))
					v = pref_idx;
				for (int t = 0; t < 6 && !v; t++) {
					v = pick_var(T_INT, 0, written);
					if (v && (!v->isidx || !store_ok(r, v, written, acts, d, &restrict_used)))
						v = NULL;
					if (v && !written && is_global(v) && (r->gwrite & (1u << v->gid)))
						v = NULL;
				}
				if (!v) {
					ok = 0;
					break;
				}
				if (isext) {
					extent_used = 1;
					(void)extmod;
				}
				note_read(v);
				if (written)
					note_write(v);
				a->text = sdup(v->name);
				a->store = v;
				continue;
			}
			if (dv->rank == 0) {
				if (!written && chance(45)) {
					Ex e = fit(gen_real(2), RMAX);
					a->text = paren_actual(r, acts, d, e.s, &restrict_used);
					continue;
				}
				/* a variable or an element */
				Var *v = NULL;
				for (int t = 0; t < 8 && !v; t++) {
					v = chance(50) ? pick_var(T_REAL, 0, written) : pick_var(T_REAL, -1, written);
					if (v && !store_ok(r, v, written, acts, d, &restrict_used))
						v = NULL;
				}
				if (!v) {
					if (written) {
						ok = 0;
						break;
					}
					a->text = paren_actual(r, acts, d, fit(gen_real(1), RMAX).s, &restrict_used);
					continue;
				}
				if (v->rank == 0) {
					note_read(v);
					a->text = sdup(v->name);
				} else {
					rec_on = 1;
					nrec = 0;
					a->text = elem_ref(v);
					rec_on = 0;
					for (int i = 1 /* [0] is the array itself */; i < nrec && nrecorded < 64; i++)
						memcpy(recorded[nrecorded++], rec_names[i], 16);
				}
				if (written)
					note_write(v);
				a->store = v;
				continue;
			}
			/* an array dummy: a whole array of the same rank and enough elements, or an
			 * element (the start of a sequence) of an array */
			int need = var_size(dv);
			if (argexpr_allowed && (bugs_allowed & PAT_ARRAYS) && !written && !r->lib && chance(20)) {
				char *e = arg_expr(dv, need);
				if (e) {
					a->text = e;
					features |= F_ARGEXPR;
					continue;
				}
			}
			if ((bugs_allowed & PAT_ARRAYS) && dv->rank == 1 && need <= 9 && chance(30)) {
				/* a section of at least need elements: contiguous (its first element is passed)
				 * or not (copied in and back out) */
				int m = need + rnd(3);
				Var *sv = NULL;
				for (int t = 0; t < 6 && !sv; t++) {
					sv = pick_sec(m, written);
					if (!sv)
						sv = pick_sec(m = need, written);
					if (sv && !store_ok(r, sv, written, acts, d, &restrict_used))
						sv = NULL;
				}
				if (sv) {
					if (written)
						note_write(sv);
					a->store = sv;
					a->text = sec_ref(sv, m, 1);
					f |= F_SECTION_ACTUAL;
					continue;
				}
			}
			Var *v = NULL;
			int whole = 0, pstart = -1;
			/* partition: rank-1 dummies (their elements are indexed in [1, IMAX] whatever the
			 * extent an adjustable one is given), local arrays */
			int part = partition_allowed && !r->lib;
			/* most often the array an earlier actual gave a constant part of: another part */
			for (int j = 0; part && dv->rank == 1 && j < d && !v; j++)
				if (acts[j].lo >= 0 && chance(85) && (pstart = part_start(acts[j].store, need, acts, d)) >= 0)
					v = (Var *)acts[j].store;
			/* or the work array itself, for a first part when another rank-1 dummy follows */
			if (!v && part && dv->rank == 1 && d + 1 < r->ndum && chance(80)) {
				Var *w = var_find("wpt1");
				if (w && store_ok(r, w, written, acts, d, &restrict_used))
					v = w;
			}
			for (int t = 0; t < 10 && !v; t++) {
				v = pick_var(T_REAL, -1, written);
				if (!v)
					break;
				whole = v->rank == dv->rank && var_size(v) >= need && v->decl != D_ADJ && chance(60);
				if (!whole && (dv->rank != 1 || v->decl == D_ADJ || var_size(v) < need))
					v = NULL;
				else if (!store_ok(r, v, written, acts, d, &restrict_used)) {
					pstart = !whole && part && v->rank == 1 && !is_global(v) && v->decl == D_FIXED
					                 ? part_start(v, need, acts, d)
					                 : -1;
					if (pstart < 0)
						v = NULL;
				}
			}
			if (!v) {
				ok = 0;
				break;
			}
			note_read(v);
			if (written)
				note_write(v);
			a->store = v;
			if (whole) {
				a->text = sdup(v->name);
				continue;
			}
			f |= F_ELEM_ACTUAL;
			rec_on = 1;
			nrec = 0;
			if (v->rank == 1 && pstart >= 0) {
				a->text = sfmt("%s(%d)", v->name, v->lb[0] + pstart);
				a->lo = pstart;
				a->hi = pstart + need - 1;
				features |= F_PARTITION; /* above f's 32 bits */
			} else if (v->rank == 1 && part && !is_global(v) && v->decl == D_FIXED && d + 1 < r->ndum && chance(!strcmp(v->name, "wpt1") ? 95 : 50)) {
				/* a constant start, so that a later actual of the call may take another part */
				int room = v->ext[0] - need + 1;
				a->lo = chance(50) ? 0 : rnd(room);
				a->hi = a->lo + need - 1;
				a->text = sfmt("%s(%d)", v->name, v->lb[0] + a->lo);
			} else if (v->rank == 1) {
				int room = v->ext[0] - need + 1; /* start offsets that leave `need` elements */
				a->text = sfmt("%s(%s)", v->name, gen_sub_dim(v->lb[0], room, NULL));
			} else {
				int cols = v->ext[1] - (need + v->ext[0] - 1) / v->ext[0] + 1;
				if (cols < 1)
					cols = 1;
				a->text = sfmt("%s(%d, %s)", v->name, v->lb[0], gen_sub_dim(v->lb[1], cols, NULL));
			}
			rec_on = 0;
			for (int i = 0; i < nrec && nrecorded < 64; i++)
				memcpy(recorded[nrecorded++], rec_names[i], 16);
		}
		if (!ok)
			continue;
		/* subscripts of actuals that read what the call writes: known-bug pattern */
		for (int i = 0; i < nrecorded; i++) {
			Var *v = var_find(recorded[i]);
			if (!v)
				continue;
			int hit = 0;
			for (int d = 0; d < r->ndum; d++)
				if (acts[d].store == v && acts[d].written)
					hit = 1;
			if (is_global(v) && (r->gwrite & (1u << v->gid)))
				hit = 1;
			if (hit)
				index_used = 1;
		}
		if (index_used && !(bugs_allowed & BUG_INDEX))
			continue;
		/* aliasing for the features list */
		for (int i = 0; i < r->ndum; i++) {
			if (acts[i].store && is_global(acts[i].store))
				f |= F_ALIAS_GLOBAL * ((r->gread & (1u << acts[i].store->gid)) != 0);
			for (int j = 0; j < i; j++)
				if (acts[i].store && acts[i].store == acts[j].store)
					f |= F_ALIAS_ARGS;
		}
		if (index_used)
			f |= F_INDEX_CALLEE, bugs_used |= BUG_INDEX;
		if (restrict_used)
			bugs_used |= BUG_RESTRICT;
		if (extent_used)
			bugs_used |= BUG_EXTENT;
		*feat |= f;
		return 1;
	}
	return 0;
}

/* The actuals in order; for a module procedure (an explicit interface), sometimes the last ones
 * by keyword in a shuffled order (pattern `keywords`). */
static char *act_list(const Routine *r, Act *acts)
{
	char *s = sdup("");
	int first_kw = r->ndum;
	if ((bugs_allowed & PAT_KEYWORDS) && r->module >= 0 && !r->lib && r->ndum && chance(35))
		first_kw = rnd(r->ndum);
	int order[10];
	for (int d = 0; d < r->ndum; d++)
		order[d] = d;
	for (int d = r->ndum - 1; d > first_kw; d--) {
		int k = first_kw + rnd(d - first_kw + 1), t = order[d];
		order[d] = order[k];
		order[k] = t;
	}
	if (first_kw < r->ndum)
		features |= F_KEYWORDS;
	for (int i = 0; i < r->ndum; i++) {
		int d = order[i];
		if (i >= first_kw)
			s = sfmt("%s%s%s=%s", s, i ? ", " : "", r->dum[d].name, acts[d].text);
		else
			s = sfmt("%s%s%s", s, i ? ", " : "", acts[d].text);
	}
	/* pattern `optional`: left out, by position (when no keyword came before) or by keyword;
	 * the caller's own `opt` passed on, present or not */
	if (r->opt) {
		features |= F_OPTIONAL;
		int how = rnd(3);
		if (how) {
			/* a value in parentheses: a copy, never an alias of another actual the call writes */
			const char *v = cur && cur->opt && chance(50) ? "opt" : sfmt("(%s)", fit(gen_real(1), RMAX).s);
			s = sfmt("%s%s%s%s", s, r->ndum ? ", " : "", how == 2 || first_kw < r->ndum ? "opt=" : "", v);
		}
	}
	return s;
}

static void merge_effects(const Routine *r)
{
	cur->gread |= r->gread;
	cur->gwrite |= r->gwrite;
}

/* A function reference (routines before this one). */
static Ex gen_funcall(int depth)
{
	Ex r = {NULL, 0};
	if (no_funcall)
		return r;
	static int nesting; /* function references inside actuals of function references: bounded */
	if (nesting >= 2)
		return r;
	int cand[MAXR], nc = 0;
	for (int i = 0; i < cur_index; i++)
		if (routines[i].isfunc)
			cand[nc++] = i;
	/* now and then the FUNCTION without source, gx_nrm */
	int external = depth >= 0 && lib_allowed && chance(nc ? 15 : 8);
	if (!external && (!nc || depth < 0))
		return r;
	Routine *f = external ? &lib[LIB_NRM] : &routines[cand[rnd(nc)]];
	Act acts[10];
	uint32_t feat = 0;
	nesting++;
	int ok = gen_actuals(f, acts, &feat);
	nesting--;
	if (!ok)
		return r;
	features |= feat | (external ? F_EXTERNAL : F_FUNC);
	merge_effects(f);
	if (external) {
		lib_used |= 1u << LIB_NRM;
		cur_uses_nrm = 1;
	}
	r.s = sfmt("%s(%s)", f->name, act_list(f, acts));
	r.b = RMAX;
	return r;
}

/* ------------------------------------------------------------------ statements */

static void gen_block(int depth, int nmax);

static char *fresh(const char *prefix)
{
	return sfmt("%s%d", prefix, ++nfresh);
}

/* Where a forward jump may go: a label after the statements being generated (GO TO), or a named
 * IF or SELECT CASE (EXIT name), opened at loop depth `depth`, in a CHECKPOINT region or not.
 * A jump from here may go there when it stays on its side of every region boundary (a region
 * that jumps cross is refused) and leaves no BINOMIAL-CKP loop (an early exit: refused). */
typedef struct Target {
	int label;
	const char *name;
	int depth, region;
} Target;
static Target targets[64];
static int ntargets, nlabels;

static void push_target(int label, const char *name)
{
	if (ntargets < 64)
		targets[ntargets++] = (Target){label, name, loop_depth, in_region};
}

static int target_ok(const Target *t)
{
	if (t->region != in_region)
		return 0;
	for (int i = t->depth; i < loop_depth; i++)
		if (loop_kind[i] == 2)
			return 0;
	return 1;
}

/* A reachable target: a label (want_label) or a name; NULL when there is none. */
static const Target *pick_target(int want_label)
{
	int cand[64], n = 0;
	for (int i = 0; i < ntargets; i++)
		if (target_ok(&targets[i]) && (want_label ? targets[i].label != 0 : targets[i].name != NULL))
			cand[n++] = i;
	return n ? &targets[cand[rnd(n)]] : NULL;
}

static int new_label(void)
{
	return 5000 + 10 * ++nlabels;
}

static void stmt_assign_real(void)
{
	Var *v = chance(50) ? pick_var(T_REAL, 0, 1) : pick_var(T_REAL, -1, 1);
	if (!v)
		return;
	char *lhs = v->rank ? elem_ref(v) : sdup(v->name);
	note_write(v);
	if (chance(40)) {
		/* relax toward a new value: v = a*v + (1 - a)*e keeps |v| <= RMAX */
		double a = round2(rc(0.3, 0.9));
		Ex e = fit(gen_real(3), RMAX);
		line("%s = %s * %s + %s * (%s)", lhs, rconst(a), lhs, rconst(round2(1 - a - 0.005 > 0 ? 1 - a - 0.005 : 0.01)),
		     e.s);
		return;
	}
	Ex e = fit(gen_real(3), RMAX);
	line("%s = %s", lhs, e.s);
}

static int declare_int_local(const char *name);

/* "i", "i + 2", "i - 1" */
static char *offset_sub(const char *iv, int o)
{
	return o == 0 ? sdup(iv) : sfmt("%s %c %d", iv, o > 0 ? '+' : '-', o > 0 ? o : -o);
}

/* A stencil loop (feature `stencil`): v(i + c) = a v(i + c) + b (e), e a bounded sum of terms of
 * w(i - 2) ... w(i + 2), the loop's bounds constants that keep every subscript in bounds,
 * sometimes descending or of one iteration. Its adjoint adds into wb at up to five subscripts per
 * iteration: the scatter that ad/scatter.c turns into one stream per subscript. Sometimes w is
 * v itself (a recurrence: the adjoint reads what it increments, which the pass must leave). */
static void stmt_stencil(void)
{
	Var *v = pick_var(T_REAL, 1, 1);
	Var *w = v && chance(15) ? v : pick_var(T_REAL, 1, 0);
	if (!v || !w || v->decl != D_FIXED || w->decl != D_FIXED) {
		stmt_assign_real();
		return;
	}
	int olo = -rrange(0, 2), ohi = rrange(0, 2);
	int ilo = w->lb[0] - olo, ihi = w->lb[0] + w->ext[0] - 1 - ohi;
	if (ihi - ilo + 1 > v->ext[0])
		ihi = ilo + v->ext[0] - 1;
	if (chance(10))
		ihi = ilo;
	/* v(i + c) within v's bounds for every i */
	int c = rrange(v->lb[0] - ilo, v->lb[0] + v->ext[0] - 1 - ihi);
	char *iv = fresh("i");
	declare_int_local(iv);
	note_read(w);
	note_read(v);
	note_write(v);
	features |= F_STENCIL;
	char *e = sdup("");
	double b = 0;
	int nt = rrange(2, 4);
	for (int t = 0; t < nt; t++) {
		char *x1 = sfmt("%s(%s)", w->name, offset_sub(iv, rrange(olo, ohi)));
		char *x2 = sfmt("%s(%s)", w->name, offset_sub(iv, rrange(olo, ohi)));
		char *term;
		double tb;
		switch (rnd(4)) {
		case 0: term = x1, tb = RMAX; break;
		case 1: term = sfmt("%s * %s", x1, x2), tb = RMAX * RMAX; break;
		case 2: term = sfmt("sin(%s) * %s", x1, x2), tb = RMAX; break;
		default: /* a fourth-order face value */
			term = sfmt("(7.0d0 * (%s + %s) - (%s + %s(%s))) / 12.0d0", x1, x2, x1, w->name,
			            offset_sub(iv, rrange(olo, ohi)));
			tb = 16.0 * RMAX / 12.0;
			break;
		}
		e = *e ? sfmt("%s %c %s", e, chance(50) ? '+' : '-', term) : term;
		b += tb;
	}
	Ex ex = fit((Ex){e, b}, RMAX);
	char *lhs = sfmt("%s(%s)", v->name, offset_sub(iv, c));
	double a = round2(rc(0.3, 0.9));
	if (chance(30))
		line("do %s = %d, %d, -1", iv, ihi, ilo);
	else
		line("do %s = %d, %d", iv, ilo, ihi);
	ind++;
	line("%s = %s * %s + %s * (%s)", lhs, rconst(a), lhs, rconst(round2(1 - a - 0.005 > 0 ? 1 - a - 0.005 : 0.01)), ex.s);
	ind--;
	line("end do");
}

static void stmt_assign_int(void)
{
	Var *l = chance(20) ? pick_var(T_LOG, 0, 1) : NULL;
	if (l) {
		line("%s = %s", l->name, gen_cond(1));
		return;
	}
	Var *v = pick_var(T_INT, 0, 1);
	if (!v)
		return;
	note_write(v);
	note_read(v);
	int k = rnd(10);
	if (k == 0)
		line("%s = min(%s + %d, %d)", v->name, v->name, rrange(1, 2), IMAX);
	else if (k == 1)
		line("%s = max(%s - %d, 1)", v->name, v->name, rrange(1, 2));
	else
		line("%s = %s", v->name, gen_idx());
}

static void stmt_whole(void)
{
	Var *v = pick_var(T_REAL, -1, 1);
	if (!v || v->decl == D_ASSUMED)
		return;
	note_write(v);
	note_read(v);
	features |= F_WHOLE;
	int k = rnd(3);
	if (k == 0) {
		line("%s = %s", v->name, rconst(rc(-2, 2)));
	} else if (k == 1) {
		/* the scalar part may read an element of v itself: Fortran evaluates the right-hand side
		 * before assigning any element (known-bug pattern `wholeself`, when excluded v is hidden) */
		int type = v->type;
		if (!(bugs_allowed & BUG_WHOLESELF))
			v->type = -1;
		/* a function referenced there is evaluated per element by stad and may read v from its
		 * module (found/whole_array_function_reads_lhs.f90): none then, when v is a global */
		int nf = no_funcall;
		if (!(bugs_allowed & BUG_WHOLESELF) && is_global(v))
			no_funcall = 1;
		int rec_was = rec_on;
		rec_on = 1;
		nrec = 0;
		Ex e = fit(gen_real(2), 1.0);
		rec_on = rec_was;
		v->type = type;
		no_funcall = nf;
		for (int i = 0; i < nrec; i++)
			if (!strcmp(rec_names[i], v->name))
				bugs_used |= BUG_WHOLESELF;
		line("%s = %s * %s + %s", v->name, rconst(0.7), v->name, e.s);
	} else {
		/* c * sin(v) with c <= 1: repeated in loops and calls, the map v <- c sin(v) is chaotic for
		 * c above about 2.8 and its derivative grows exponentially until it overflows (campaign
		 * seed 2700025: c = 3.47, 3192 passes, derivative 1e345 exactly, NaN in double) */
		line("%s = %s * sin(%s)", v->name, rconst(round2(rc(0.5, 1.0))), v->name);
	}
}

/* An assignment to a section (rank 1, or a rank-2 block) whose right-hand side is elemental
 * over sections, often of the array assigned (overlapping, with any stride): each term scaled
 * so that the value stays within RMAX; a scalar part broadcast. */
static void stmt_section(void)
{
	Var *v = NULL;
	for (int t = 0; t < 8 && !v; t++) {
		v = pick_var(T_REAL, -1, 1);
		if (v && v->decl != D_FIXED)
			v = NULL;
	}
	if (!v)
		return;
	note_write(v);
	features |= F_SECTIONS;
	int nf = no_funcall;
	no_funcall = 1; /* function references in the scalar part: stad calls them once, like gfortran */
	int nt = rrange(1, 3);
	double share = RMAX * 0.95 / (nt + 1);
	char *lhs, *rhs = sdup("");
	if (v->rank == 2 && chance(35)) {
		int m1 = rrange(1, v->ext[0]), m2 = rrange(1, v->ext[1]);
		note_read(v);
		lhs = sfmt("%s(%s, %s)", v->name, sec_dim(v->lb[0], v->ext[0], m1), sec_dim(v->lb[1], v->ext[1], m2));
		for (int i = 0; i < nt; i++) {
			double b;
			char *t = arr_term2(m1, m2, v, &b);
			if (t)
				rhs = sfmt("%s%s%s * %s", rhs, rhs[0] ? " + " : "", rconst(scale_down(share / b)), t);
		}
	} else {
		int maxm = v->rank == 1 ? v->ext[0] : v->ext[0] > v->ext[1] ? v->ext[0] : v->ext[1];
		int m = rrange(1, maxm < 7 ? maxm : 7);
		lhs = sec_ref(v, m, 0);
		for (int i = 0; i < nt; i++) {
			double b;
			char *t = arr_term(m, v, &b);
			if (t)
				rhs = sfmt("%s%s%s * %s", rhs, rhs[0] ? " + " : "", rconst(scale_down(share / b)), t);
		}
	}
	if (!rhs[0] || chance(50)) {
		Ex e = fit(gen_real(1), share);
		rhs = sfmt("%s%s(%s)", rhs, rhs[0] ? " + " : "", e.s);
	}
	no_funcall = nf;
	line("%s = %s", lhs, rhs);
}

/* The right-hand side of an assignment to a rank-1 section of m elements (of v): elemental terms
 * over sections (often of v), each scaled so that the value stays within RMAX, and sometimes a
 * scalar part broadcast. */
static char *sec_rhs(int m, Var *v)
{
	int nf = no_funcall;
	no_funcall = 1; /* function references in the scalar part: stad calls them once, like gfortran */
	int nt = rrange(1, 3);
	double share = RMAX * 0.95 / (nt + 1);
	char *rhs = sdup("");
	for (int i = 0; i < nt; i++) {
		double b;
		char *t = arr_term(m, v, &b);
		if (t)
			rhs = sfmt("%s%s%s * %s", rhs, rhs[0] ? " + " : "", rconst(scale_down(share / b)), t);
	}
	if (!rhs[0] || chance(50)) {
		Ex e = fit(gen_real(1), share);
		rhs = sfmt("%s%s(%s)", rhs, rhs[0] ? " + " : "", e.s);
	}
	no_funcall = nf;
	return rhs;
}

/* A WHERE mask over m elements: a section (often of an array the WHERE assigns, at the elements
 * assigned or others) compared with a constant or another section, sometimes combined. */
static char *where_mask(int m, Var *v, int depth)
{
	static const char *rel[] = {">", "<", ">=", "<=", ".gt.", ".lt."};
	double b;
	char *a = arr_term(m, v, &b);
	if (!a)
		return NULL;
	char *c;
	if (chance(60)) {
		c = sfmt("%s %s %s", a, rel[rnd(6)], rconst(rc(-1.5, 1.5)));
	} else {
		char *o = arr_term(m, v, &b);
		c = sfmt("%s %s %s", a, rel[rnd(6)], o ? o : rconst(rc(-1.5, 1.5)));
	}
	if (depth > 0 && chance(25)) {
		char *d = where_mask(m, v, depth - 1);
		if (d)
			c = chance(50) ? sfmt("(%s) .and. (%s)", c, d) : sfmt("(%s) .or. .not. (%s)", c, d);
	}
	return c;
}

/* One assignment inside WHERE: a rank-1 section of m elements of a writable array. */
static void where_assign(int m, Var *first)
{
	Var *v = first && (pin_var || chance(60)) ? first : pick_sec(m, 1);
	if (!v)
		return;
	note_write(v);
	line("  %s = %s", sec_ref(v, m, 0), sec_rhs(m, v));
}

/* WHERE (pattern `where`): the one-line statement, or a block with one or two assignments per
 * branch, ELSEWHERE (mask) and ELSEWHERE; the masks read the arrays assigned. Half the time
 * every reference of the array assigned is one section (pin_var), elementwise. */
static void stmt_where_body(int m, Var *v);

static void stmt_where(void)
{
	int m = rrange(1, 6);
	Var *v = pick_sec(m, 1);
	if (!v)
		return;
	if (chance(50)) {
		pin_sec = sec_ref(v, m, 0);
		pin_var = v;
		pin_m = m;
	}
	stmt_where_body(m, v);
	pin_var = NULL;
}

static void stmt_where_body(int m, Var *v)
{
	char *mask = where_mask(m, v, 1);
	if (!mask)
		return;
	features |= F_WHERE;
	if (chance(35)) {
		note_write(v);
		line("where (%s) %s = %s", mask, sec_ref(v, m, 0), sec_rhs(m, v));
		return;
	}
	line("where (%s)", mask);
	int n = rrange(1, 2);
	for (int i = 0; i < n; i++)
		where_assign(m, v);
	int k = rnd(4); /* ELSEWHERE (mask) and/or ELSEWHERE, or neither */
	if (k & 1) {
		char *m2 = where_mask(m, v, 0);
		if (m2) {
			line("elsewhere (%s)", m2);
			where_assign(m, v);
		}
	}
	if (k & 2) {
		line(chance(50) ? "elsewhere" : "else where");
		where_assign(m, v);
	}
	line(chance(70) ? "end where" : "endwhere");
}

static void stmt_call(void)
{
	if (lib_allowed && chance(12)) {
		static const int subs[] = {LIB_AXPY, LIB_AXPY, LIB_CLOCK, LIB_LOG};
		Routine *r = &lib[subs[rnd(4)]];
		Act acts[10];
		uint32_t feat = 0;
		if (!gen_actuals(r, acts, &feat))
			return;
		features |= feat | F_EXTERNAL;
		lib_used |= 1u << r->lib;
		if (r->lib == LIB_LOG)
			line("!$AD EXTERNAL PASSIVE gx_log");
		line("call %s(%s)", r->name, act_list(r, acts));
		return;
	}
	int cand[MAXR], nc = 0;
	for (int i = 0; i < cur_index; i++)
		if (!routines[i].isfunc)
			cand[nc++] = i;
	if (!nc)
		return;
	Routine *r = &routines[cand[rnd(nc)]];
	Act acts[10];
	uint32_t feat = 0;
	if (!gen_actuals(r, acts, &feat))
		return;
	features |= feat;
	merge_effects(r);
	if (feat & F_INDEX_CALLEE)
		line("! the call moves an index that its actuals use");
	if (!in_function && chance(20)) {
		features |= F_NOCKP;
		line("!$AD %s", chance(70) ? "NOCHECKPOINT" : "CHECKPOINT");
	}
	line("call %s(%s)", r->name, act_list(r, acts));
}

static void stmt_if(int depth)
{
	if (chance(25)) {
		/* logical IF */
		Var *v = pick_var(T_REAL, 0, 1);
		if (v) {
			note_write(v);
			Ex e = fit(gen_real(2), RMAX);
			line("if (%s) %s = %s", gen_cond(1), v->name, e.s);
			return;
		}
	}
	const char *name = (bugs_allowed & PAT_NAMED) && chance(20) ? fresh("ic") : NULL;
	int ntarget = ntargets;
	if (name) {
		features |= F_NAMED;
		push_target(0, name); /* EXIT name leaves the IF block */
		line("%s: if (%s) then", name, gen_cond(2));
	} else {
		line("if (%s) then", gen_cond(2));
	}
	ind++;
	gen_block(depth - 1, 3);
	ind--;
	int nelif = rnd(3);
	for (int i = 0; i < nelif; i++) {
		int nm = name && chance(50);
		line("%s (%s) then%s%s", chance(50) ? "else if" : "elseif", gen_cond(1), nm ? " " : "", nm ? name : "");
		ind++;
		gen_block(depth - 1, 2);
		ind--;
	}
	if (chance(50)) {
		line("else");
		ind++;
		gen_block(depth - 1, 2);
		ind--;
	}
	ntargets = ntarget;
	if (name)
		line("end if %s", name);
	else
		line("%s", chance(80) ? "end if" : "endif");
}

/* An INTEGER local; with kinds, sometimes INTEGER(8) in one of its spellings (returns 1). */
static int declare_int_local(const char *name)
{
	if (use_kinds && chance(50)) {
		static const char *t[] = {"integer(ik)", "integer(kind=ik)", "integer(8)", "integer*8"};
		bprintf(&decls, "  %s :: %s\n", t[rnd(4)], name);
		return 1;
	}
	bprintf(&decls, "  integer :: %s\n", name);
	return 0;
}

static void stmt_do(int depth, int binomial)
{
	char *iv = fresh("i");
	int k8 = declare_int_local(iv);
	Var *v = var_add(iv, T_INT, 0, S_LOCAL);
	v->kind8 = k8;
	v->ro = 1;
	v->type = -1; /* not visible in its own bounds */
	int lo, hi, at_huge = 0;
	char *head;
	if (binomial) {
		int nt = rrange(2, 7);
		line("!$AD BINOMIAL-CKP %d %d 1", nt, rrange(1, 3));
		features |= F_BINOMIAL;
		head = sfmt("do %s = 1, %d", iv, nt);
		lo = 1, hi = nt;
	} else {
		int k = rnd(6);
		lo = rrange(1, 3);
		if (k == 0) {
			hi = rrange(lo, IMAX);
			head = sfmt("do %s = %d, %d, %d", iv, hi, lo, -rrange(1, 2));
		} else if (k == 1) {
			hi = IMAX;
			head = sfmt("do %s = %d, %s, %d", iv, lo, gen_idx(), 2);
		} else if (k == 2) {
			hi = IMAX;
			head = sfmt("do %s = %d, %s", iv, lo, gen_idx());
		} else if (k == 3 && cur_index == nroutines - 1) {
			hi = head_n;
			head = sfmt("do %s = 1, n", iv);
			lo = 1;
		} else if (k == 5 && chance(40)) {
			/* ending at HUGE (i + 1 would overflow): 1 to 4 trips, the variable not read but by
			 * an EXIT at HUGE (gfortran -O0 runs such a loop on forever without it) */
			at_huge = 1;
			hi = IMAX;
			head = sfmt("do %s = huge(%s) - %d, huge(%s)", iv, iv, rrange(0, 3), iv);
		} else {
			hi = rrange(lo, IMAX);
			head = sfmt("do %s = %d, %d", iv, lo, hi);
		}
	}
	int label = 0;
	if (!binomial && chance(15)) { /* a labelled DO ended by CONTINUE */
		label = 100 + 10 * nfresh;
		head = sfmt("do %d %s", label, head + 3);
	}
	v->type = at_huge ? -1 : T_INT;
	v->ilo = lo;
	v->ihi = hi;
	const char *name = !label && (bugs_allowed & PAT_NAMED) && chance(35) ? fresh("lp") : NULL;
	if (name) {
		features |= F_NAMED;
		line("%s: %s", name, head);
	} else {
		line("%s", head);
	}
	ind++;
	loop_name[loop_depth] = name;
	loop_kind[loop_depth++] = binomial ? 2 : 0;
	int ntarget = ntargets;
	if (label && (bugs_allowed & PAT_GOTO) && chance(50)) /* GO TO the CONTINUE: the next iteration */
		push_target(label, NULL);
	gen_block(depth - 1, 4);
	if (at_huge)
		line("if (%s == huge(%s)) exit", iv, iv);
	ntargets = ntarget;
	loop_depth--;
	ind--;
	if (label)
		line("%d continue", label);
	else if (name)
		line("end do %s", name);
	else
		line("%s", chance(85) ? "end do" : "enddo");
	v->ro = 1;
	v->ilo = -1000; /* after the loop: its value is not used */
	v->type = -1;
}

static void stmt_while(int depth)
{
	char *wv = fresh("w");
	int k8 = declare_int_local(wv);
	Var *v = var_add(wv, T_INT, 0, S_LOCAL);
	v->kind8 = k8;
	v->ro = 1;
	v->ilo = 0;
	v->ihi = 8;
	features |= F_WHILE;
	int t = rrange(1, 8);
	const char *name = (bugs_allowed & PAT_NAMED) && chance(35) ? fresh("lp") : NULL;
	line("%s = 0", wv);
	if (name)
		features |= F_NAMED;
	if (chance(30)) { /* DO without loop control, left by EXIT at its top: the same loop */
		line("%s%sdo", name ? name : "", name ? ": " : "");
		ind++;
		line("if (.not. (%s < %d .and. (%s))) exit", wv, t, gen_cond(1));
	} else {
		line("%s%sdo while (%s < %d .and. (%s))", name ? name : "", name ? ": " : "", wv, t, gen_cond(1));
		ind++;
	}
	line("%s = %s + 1", wv, wv);
	loop_name[loop_depth] = name;
	loop_kind[loop_depth++] = 1;
	gen_block(depth - 1, 3);
	loop_depth--;
	ind--;
	line(name ? "end do %s" : "end do", name);
	v->type = -1; /* undefined when the loop was not reached */
}

static void stmt_exit_cycle(void)
{
	if ((bugs_allowed & PAT_NAMED) && chance(40)) {
		/* EXIT or CYCLE of a named outer loop (none crossed is BINOMIAL-CKP, none outside the
		 * region), or EXIT of a named IF or SELECT CASE */
		int cand[16], n = 0;
		for (int t = loop_depth - 1; t >= region_loop_base && loop_kind[t] != 2; t--)
			if (loop_name[t])
				cand[n++] = t;
		const Target *named = pick_target(0);
		if (named && (!n || chance(30))) {
			features |= F_NAMED;
			line("if (%s) exit %s", gen_cond(1), named->name);
			return;
		}
		if (n) {
			int ex = chance(50);
			features |= F_NAMED | (ex ? F_EXIT : F_CYCLE);
			line("if (%s) %s %s", gen_cond(1), ex ? "exit" : "cycle", loop_name[cand[rnd(n)]]);
			return;
		}
	}
	if (loop_depth <= region_loop_base || loop_kind[loop_depth - 1] == 2)
		return;
	int ex = chance(50);
	features |= ex ? F_EXIT : F_CYCLE;
	line("if (%s) %s", gen_cond(1), ex ? "exit" : "cycle");
}

static void stmt_return(void)
{
	if (in_function || in_region)
		return;
	for (int i = 0; i < loop_depth; i++)
		if (loop_kind[i] == 2)
			return;
	features |= F_RETURN;
	line("if (%s) return", gen_cond(1));
}

/* Pattern `alloc`: v = 0.9 v + 0.05 w(i) over the rank-1 allocated w, then a second
 * ALLOCATABLE array made from w (or from CSHIFT(w, k)) by automatic reallocation on assignment
 * (allocated, or reallocated when a loop comes back with another extent) or by mglob's ga_scale (an INTENT(OUT)
 * ALLOCATABLE dummy), read into v the same way and sometimes freed. */
static void alloc_reread(Var *v, const char *w, const char *iw)
{
	char *w2 = fresh("wr");
	bprintf(&decls, "  real(8), allocatable :: %s(:)\n", w2);
	line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, w, w);
	ind++;
	line("%s = 0.9d0 * %s + 0.05d0 * %s(%s)", v->name, v->name, w, iw);
	ind--;
	line("end do");
	/* an element's component (a section of run-time bounds) is no ALLOCATABLE actual for ga_scale
	 * and no CSHIFT argument (refused, located: its shape is not known on entry) */
	int how = strchr(w, '(') ? 0 : rnd(3);
	if (how == 0)
		line("%s = %s * %s%s", w2, rconst(0.5), w, chance(50) ? sfmt(" + %s * %s", rconst(0.1), v->name) : "");
	else if (how == 1) /* CSHIFT of an ALLOCATABLE (its temporary is allocated at the statement) */
		line("%s = %s * cshift(%s, %d)%s", w2, rconst(0.5), w, rrange(-5, 5),
		     chance(50) ? sfmt(" + %s * %s", rconst(0.1), v->name) : "");
	else
		line("call ga_scale(%s, %s, %s * %s)", w2, w, rconst(0.5), v->name);
	line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, w2, w2);
	ind++;
	line("%s = 0.9d0 * %s + 0.05d0 * %s(%s)", v->name, v->name, w2, iw);
	ind--;
	line("end do");
	if (chance(50))
		line("deallocate(%s)", w2);
}

/* Pattern `alloccomp`: a copy s2 = sk of the structure whose component comp is allocated
 * (a deep copy: s2's components are reallocated with sk's bounds, and an unallocated one of sk
 * leaves s2's unallocated), sometimes scaled by mglob's gwk_scale (|c| < 1), read into v. */
static void alloc_copy(Var *v, const char *sk, const char *comp, const char *iw)
{
	char *s2 = fresh("sk");
	int elem = chance(strchr(sk, '(') ? 50 : 25);
	bprintf(&decls, "  type(gwk) :: %s%s\n", s2, elem ? "(2)" : "");
	if (elem) /* a copy into an element of an array of structures (a slab) */
		s2 = sfmt("%s(%d)", s2, rrange(1, 2));
	line("%s = %s", s2, sk);
	if (!elem && chance(50))
		line("call gwk_scale(%s, %s)", s2, chance(50) ? "0.75d0" : sfmt("0.2d0 * %s", v->name));
	line("do %s = lbound(%s%%%s, 1), ubound(%s%%%s, 1)", iw, s2, comp, s2, comp);
	ind++;
	line("%s = 0.9d0 * %s + 0.05d0 * %s%%%s(%s%s)", v->name, v->name, s2, comp, iw, *comp == 'h' ? ", 1" : "");
	ind--;
	line("end do");
}

/* An ALLOCATABLE work array (pattern `alloc`): freed first if a GO TO loop or a DO comes back
 * here with it allocated, allocated with a constant lower bound and an extent from an index,
 * filled by loops over LBOUND:UBOUND, read into a scalar, then freed, or left to the implicit
 * deallocation on return. Not inside a CHECKPOINT-START region or a BINOMIAL-CKP loop (both
 * refuse it, located). */
/* COMPLEX (pattern `complex`): a local scalar z and array w(m) of COMPLEX(8) built from reals,
 * a few complex statements, and a real variable relaxed toward real functions of them. Every
 * statement keeps |z| <= 2 and |w(i)| <= 3 (the bounds are in the comments), and the
 * arguments of LOG and SQRT keep a positive real part, away from the branch cut. */
static void stmt_complex(void)
{
	static const char *ctype[] = {"complex(8)", "complex(kind=8)", "double complex", "complex*16"};
	Var *v = pick_var(T_REAL, 0, 1);
	if (!v)
		return;
	features |= F_COMPLEX;
	if (rnd(3) == 0) {
		/* complex values of reals that no COMPLEX variable holds (accepted since stop 18 in a
		 * program that declares none): |.| <= 1 + 1 + sqrt(2) / 2 */
		Ex a = fit(gen_real(2), 1.0), b = fit(gen_real(2), 1.0), c = fit(gen_real(2), 1.0);
		note_write(v);
		note_read(v);
		line("%s = 0.8d0 * %s + 0.05d0 * (aimag(cmplx(%s, %s, 8)) + real(exp(cmplx(0d0, %s, kind=8))) + 0.5d0 * "
		     "abs(cmplx(%s, %s, 8)))",
		     v->name, v->name, a.s, b.s, c.s, a.s, c.s);
		return;
	}
	char *z = fresh("cz"), *w = fresh("cw"), *ic = fresh("ic");
	int m = rrange(2, 4);
	bprintf(&decls, "  %s :: %s, %s(%d)\n", ctype[rnd(4)], z, w, m);
	declare_int_local(ic);
	Ex a = fit(gen_real(2), 1.0), b = fit(gen_real(2), 1.0), c = fit(gen_real(2), 1.0);
	line("%s = cmplx(%s, %s, kind=8)", z, a.s, b.s); /* |z| <= sqrt(2) */
	line("do %s = 1, %d", ic, m);
	ind++;
	/* |w(i)| <= sqrt(2) * 1.08 + 0.56 */
	line("%s(%s) = %s * cmplx(%s, 0.1d0 * %s, 8) + (0.25d0, -0.5d0)", w, ic, z, c.s, ic);
	ind--;
	line("end do");
	int n = rrange(1, 4);
	for (int i = 0; i < n; i++) {
		int k = rrange(1, m);
		switch (rnd(11)) {
		case 0: { /* 0.5 |z| + 0.25 |w| */
			Ex r = fit(gen_real(2), RMAX);
			line("%s = 0.5d0 * %s + 0.25d0 * exp(cmplx(0d0, %s, kind=8)) * %s(%d)", z, z, r.s, w, k);
			break;
		}
		case 1: line("%s = %s * conjg(%s) / (2d0, 1d0)", w, w, z); break; /* 3 * 2 / sqrt(5) */
		case 2: line("%s(2:%d) = 0.5d0 * (%s(1:%d) + %s(2:%d))", w, m, w, m - 1, w, m); break;
		case 3: line("%s = 0.5d0 * sqrt(%s * %s + (5d0, 0d0))", z, z, z); break;         /* real part >= 1 */
		case 4: line("%s = 0.25d0 * sin(%s) + 0.05d0 * cos(%s(%d))", z, z, w, k); break; /* cosh(2), cosh(3) */
		case 5: line("%s = 0.5d0 * log(%s + 3)", z, z); break;                           /* |z + 3| in [1, 5] */
		case 6: line("%s = 0.25d0 * %s**2 + 0.01d0 * %s**3", z, z, z); break;
		case 7: line("%s = 0.1d0 * sum(%s) + 0.01d0 * dot_product(%s, %s)", z, w, w, w); break;
		case 8: line("if (%s /= %s(%d)) %s = 0.9d0 * conjg(%s)", z, w, k, z, z); break;
		case 9: line("%s = (%s + %s(%d)) / (3 + abs(%s))", z, z, w, k, z); break;
		default: {
			Ex r = fit(gen_real(2), 1.0);
			line("%s = %s / cmplx(2d0, %s, kind=8)", z, z, r.s); /* |divisor| >= 2 */
			break;
		}
		}
	}
	note_write(v);
	note_read(v);
	/* v = 0.8 v + 0.05 clamp(...): stays within RMAX */
	line("%s = 0.8d0 * %s + 0.05d0 * max(-4d0, min(4d0, real(%s) + aimag(%s(%d)) + 0.5d0 * abs(%s)))", v->name, v->name, z, w,
	     rrange(1, m), z);
}

/* pattern `recur`: a call of a RECURSIVE module procedure on a real scalar (depth 0..4, or an
 * integer variable's value folded into 0..4) */
static void stmt_recur(void)
{
	Var *v = pick_var(T_REAL, 0, 1);
	if (!v)
		return;
	features |= F_RECUR;
	Ex c = fit(gen_real(2), RMAX);
	Var *iv = chance(40) ? pick_var(T_INT, 0, 0) : NULL;
	char *k = iv ? sfmt("int(mod(abs(%s), 5))", iv->name) : sfmt("%d", rnd(5));
	if (iv)
		note_read(iv);
	note_read(v);
	note_write(v);
	static const char *const name[] = {"gr_down", "gr_even", "gr_odd"};
	/* c as an expression (never the bare variable: it could be v itself, passed twice) */
	line("call %s(%s, %s, 0.5d0 * (%s))", name[rnd(3)], k, v->name, c.s);
}

/* pattern `procarg`: a module procedure given a procedure (gp_apply directly, or gp_twice, which
 * passes its EXTERNAL dummy on), on a real scalar; |x| stays within RMAX (see mglob) */
static void stmt_procarg(void)
{
	Var *v = pick_var(T_REAL, 0, 1);
	if (!v)
		return;
	features |= F_PROCARG;
	Ex c = fit(gen_real(2), RMAX);
	note_read(v);
	note_write(v);
	/* c as an expression (never the bare variable: it could be v itself, passed twice) */
	line("call %s(%s, %s, 0.5d0 * (%s))", chance(50) ? "gp_apply" : "gp_twice", chance(50) ? "gp_sq" : "gp_wave", v->name,
	     c.s);
}

/* Pattern `trials` (see mglob's gt_*): one of its five statements on a real scalar v (and, for
 * gt_smooth, two rank-1 arrays); every value stays within RMAX. */
static void stmt_trials(void)
{
	Var *v = pick_var(T_REAL, 0, 1), *k = NULL;
	for (int t = 0; t < 8 && !k; t++) {
		k = pick_var(T_INT, 0, 0);
		if (k && (k->ilo < 1 || k->ihi > 6 || k->kind8))
			k = NULL; /* a code and a subscript of gt_tab: 1..6; gt_val's k a default INTEGER */
	}
	if (!v || !k)
		return;
	int kind = rnd(5);
	if (kind == 0 && in_function)
		kind = 1 + rnd(4); /* no WRITE in a function a WRITE may reference */
	note_read(v);
	note_read(k);
	if (kind == 0) {
		/* a function with side effects in the output list: its argument (gt_out) or the module
		 * variable gt_s (gt_put), read after the WRITE */
		features |= F_OUTFN;
		note_write(v);
		if (chance(50)) {
			line("write(77, '(a,es16.8)') 'o%d', gt_out(%s)", nstmts, v->name);
		} else {
			Ex c = fit(gen_real(2), 2);
			line("gt_s = %s", c.s);
			line("write(77, '(es16.8,i3)') gt_put(%s), %s", v->name, k->name);
			line("%s = 0.5d0 * %s + 0.5d0 * gt_s", v->name, v->name);
		}
		return;
	}
	if (kind == 1) {
		/* VALUE dummies: the caller's k and c unchanged, whatever gt_val does to its copies */
		features |= F_VALUE;
		note_write(v);
		Var *w = pick_var(T_REAL, 0, 0);
		char *c;
		if (w && w != v && chance(50)) {
			note_read(w);
			c = sdup(w->name);
		} else {
			Ex e = fit(gen_real(2), RMAX);
			c = e.s;
		}
		char *kk = chance(30) ? sfmt("%d", rrange(1, 6)) : sdup(k->name);
		if (chance(35))
			line("call gt_val(x=%s, c=%s, k=%s)", v->name, c, kk);
		else if (chance(30))
			line("call gt_val(%s, x=%s, c=%s)", kk, v->name, c);
		else
			line("call gt_val(%s, %s, %s)", kk, c, v->name);
		return;
	}
	if (kind == 2) {
		/* CHAR, ACHAR, IACHAR: codes of k (1..6) through CHARACTER values and back */
		features |= F_CHARCODE;
		note_write(v);
		line("gt_ch = achar(64 + %s)", k->name);
		line("gt_tag = 'val' // char(48 + %s) // gt_ch", k->name);
		line("if (gt_tag(4:4) == char(48 + %s) .and. iachar(gt_tag(5:5)) > 64) then", k->name);
		line("  %s = 0.5d0 * %s + 0.25d0 * (iachar(gt_ch) - 64) / 6d0 * cos(%s)", v->name, v->name, v->name);
		line("else");
		line("  %s = 0.5d0 * %s", v->name, v->name);
		line("end if");
		return;
	}
	if (kind == 3) {
		/* gt_smooth twice, once with a constant extent (gcc's IPA dropped the first call) */
		Var *a = pick_var(T_REAL, 1, 0), *b = pick_var(T_REAL, 1, 1);
		if (!a || !b || a == b || var_size(a) < 6 || var_size(b) < 6) {
			kind = 4;
		} else {
			features |= F_CONSTBOUND;
			note_read(a);
			note_read(b);
			note_write(b);
			line("call gt_smooth(%s, %s, %s)", k->name, a->name, b->name);
			line("call gt_smooth(%d, %s, %s)", rrange(2, 4), a->name, b->name);
			return;
		}
	}
	/* a SAVE'd table built at the first call of gt_tab, read by every later call */
	features |= F_SAVETAB;
	note_write(v);
	line("%s = 0.5d0 * %s + gt_tab(%s) * sin(%s)", v->name, v->name, k->name, v->name);
}

/* ------------------------------------------------------------------ pattern `landed` */

/* Pattern `landed` (features that landed at stop 17 without a generator case, and constructs the
 * README's language section accepts that nothing generated; see mglob's gg_* and gtc): one
 * statement group on a real scalar v. Every value stays within RMAX. The routine's locals for it
 * (tcs, tc1, tc2, tca, the EQUIVALENCE'd eqa/eqb, the statement functions gsf/gsf2) are declared
 * at its first use. */
static int landed_declared, landed_sf_declared, landed_eq_declared;
static Buf sfdecls; /* statement functions: after every other specification (COMMON included) */
static void landed_decls(void)
{
	if (landed_declared)
		return;
	landed_declared = 1;
	bprintf(&decls, "  character(len=8) :: tcs\n  type(gtc) :: tc1, tc2, tca(2)\n");
}
/* An index variable in [1, 6] (a code, a count, a subscript), or NULL. */
static Var *landed_index(void)
{
	for (int t = 0; t < 8; t++) {
		Var *k = pick_var(T_INT, 0, 0);
		if (k && k->ilo >= 1 && k->ihi <= 6 && !k->kind8) /* gg_step_k's k is a default INTEGER */
			return k;
	}
	return NULL;
}
/* A CHARACTER tag for gg_step's and gg_sc's CHARACTER dummies: a literal (no blank: fixed form
 * cuts at blanks), the local tcs set just before (from REPEAT or a literal), an element of a
 * CHARACTER array component, or gmode (pattern `chars`). */
static const char *const landed_tags[] = {"dirichlet", "neu", "periodic", "d", "wall", "quad", "lin", "inflow"};
static char *landed_tag(Var *k)
{
	int w = rnd(10);
	if (w < 5 || !k)
		return sfmt("'%s'", landed_tags[rnd(8)]);
	if (w < 8) {
		landed_decls();
		if (chance(50))
			line("tcs = repeat(achar(98 + mod(%s, 3)), %d)", k->name, rrange(1, 5));
		else
			line("tcs = '%s'", landed_tags[rnd(8)]);
		return chance(30) ? sdup("tcs(1:3)") : sdup("tcs");
	}
	if (use_chars)
		return sdup("gmode");
	landed_decls();
	line("tc1%%tags(1) = 'dir'");
	line("tc1%%tags(2) = 'q'");
	line("tc1%%tags(3) = repeat('l', 2)");
	return sfmt("tc1%%tags(1 + mod(%s, 3))", k->name);
}
/* A real scalar expression within lim that is not the bare variable v (v is written by the call). */
static char *landed_value(Var *v, double lim)
{
	Var *w = pick_var(T_REAL, 0, 0);
	if (w && w != v && chance(40) && lim >= RMAX) {
		note_read(w);
		return sdup(w->name);
	}
	Ex e = fit(gen_real(2), lim);
	return sfmt("0.5d0 * (%s)", e.s);
}
/* A reversed rank-1 section of m elements of a real array (rank 1, or a column of a rank-2
 * one): stride -1 (the whole array reversed, `b(ub:lb:-1)`, when m is its extent) or -2. */
static char *rev_section(Var *b, int m)
{
	note_read(b);
	int ext = b->ext[0], lb = b->lb[0];
	int st = m > 1 && 2 * (m - 1) + 1 <= ext && chance(25) ? 2 : 1;
	int span = st * (m - 1);
	int lo = lb + rnd(ext - span), hi = lo + span;
	char *d = st == 1 ? sfmt("%d:%d:-1", hi, lo) : sfmt("%d:%d:-2", hi, lo);
	if (b->rank == 1)
		return sfmt("%s(%s)", b->name, d);
	return sfmt("%s(%s, %d)", b->name, d, b->lb[1] + rnd(b->ext[1]));
}
/* A rank-1 or rank-2 real array of constant bounds whose first dimension has at least m elements. */
static Var *pick_col(int m, int writable, int rank1)
{
	int cand[256], nc = 0;
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (v->type != T_REAL || !v->rank || v->decl != D_FIXED || v->ext[0] < m || (rank1 && v->rank != 1))
			continue;
		if (writable && (v->ro || (in_function && v->scope != S_LOCAL)))
			continue;
		cand[nc++] = i;
	}
	return nc ? &vars[cand[rnd(nc)]] : NULL;
}
/* `lb + k - 1` written out */
static char *plus_k(int lb, const char *k)
{
	return lb == 1 ? sdup(k) : lb > 1 ? sfmt("%s + %d", k, lb - 1) : sfmt("%s - %d", k, 1 - lb);
}

/* Pattern `landed`, s19's part: an array constructor with a type-spec (`[real(8) :: a, k, b]`,
 * `(/ double precision :: ... /)`), mglob's derived-type PARAMETER gpq0 and a constructor of
 * gpq leaving out default-initialised components (`gpq(b = e)`), and mglob's CHARACTER
 * PARAMETER array gnames (a constructor) selecting a branch. */
static int lang19_declared;
static void stmt_landed19(Var *v, Var *k)
{
	note_read(v);
	note_write(v);
	int w = rnd(3);
	if (w == 0) {
		features2 |= F2_TYPED_CTOR;
		Ex a = fit(gen_real(1), RMAX / 2), b = fit(gen_real(1), RMAX / 2);
		if (chance(50))
			line("%s = 0.25d0 * sum([real(8) :: %s, %s, %s])", v->name, a.s, k->name, b.s);
		else
			line("%s = 0.125d0 * dot_product((/ double precision :: %s, 1 /), [real(kind(1d0)) :: %s, %s])",
			     v->name, a.s, b.s, k->name);
	} else if (w == 1) {
		features2 |= F2_TYPE_PARAM;
		if (!lang19_declared) {
			lang19_declared = 1;
			bprintf(&decls, "  type(gpq) :: tpq\n");
		}
		Ex e = fit(gen_real(1), RMAX);
		if (chance(50))
			line("tpq = gpq(b = %s)", e.s);
		else
			line("tpq = gpq(%s, n = %s)", e.s, k->name);
		line("%s = 0.5d0 * %s + 0.125d0 * (tpq%%a + tpq%%b) + 0.25d0 * gpq0%%a * gpq0%%n / tpq%%n", v->name,
		     v->name);
	} else {
		features2 |= F2_CHAR_CTOR;
		line("if (gnames(1 + mod(%s, 3)) == 'cen') %s = 0.5d0 * %s", k->name, v->name, v->name);
	}
}

static void stmt_landed(int depth)
{
	Var *v = pick_var(T_REAL, 0, 1);
	Var *k = landed_index();
	if (!v || !k)
		return;
	note_read(k);
	if (chance(25)) {
		stmt_landed19(v, k);
		return;
	}
	int kind = rnd(10);
	if (kind == 8 && in_internal)
		kind = 0; /* the statement functions are the host's */
	int nf = no_funcall;
	no_funcall = 1; /* function references only in statements of their own */
	if (kind == 0) {
		/* generic gg_step: the specific chosen by a CHARACTER dummy (trailing OPTIONALs w and p
		 * given or left out) or by an INTEGER one */
		note_read(v);
		note_write(v);
		char *c = landed_value(v, RMAX);
		if (chance(25)) {
			features2 |= F2_GENERIC_CHAR;
			line("call gg_step(%s, %s, %s)", v->name, chance(50) ? k->name : sfmt("%d", rrange(1, 6)), c);
		} else {
			char *tag = landed_tag(k);
			features2 |= F2_GENERIC_CHAR;
			int nopt = rnd(3);
			if (nopt < 2)
				features2 |= F2_GENERIC_OPT;
			char *w = nopt >= 1 ? landed_value(v, RMAX) : NULL;
			char *p = nopt >= 2 ? (chance(50) ? sdup(k->name) : sfmt("%d", rrange(1, 6))) : NULL;
			line("call gg_step(%s, %s, %s%s%s%s%s)", v->name, tag, c, w ? ", " : "", w ? w : "", p ? ", " : "",
			     p ? p : "");
		}
	} else if (kind == 1) {
		/* generic gg_sc in an expression: gg_sc1(a [, s]) (a trailing OPTIONAL) or gg_sc2(tag, a) */
		note_read(v);
		note_write(v);
		char *a = landed_value(v, RMAX), *t;
		int w = rnd(4);
		if (w == 3) {
			/* gmerge's gg_sc3(k, a): the generic gg_sc extended in a second module */
			features2 |= F2_GENERIC_MERGE;
			t = sfmt("gg_sc(%s, %s)", k->name, a);
		} else if (w == 0) {
			features2 |= F2_GENERIC_OPT;
			t = sfmt("gg_sc(%s)", a);
		} else if (w == 1) {
			t = sfmt("gg_sc(%s, %s)", a, landed_value(v, RMAX));
		} else {
			features2 |= F2_GENERIC_CHAR;
			t = sfmt("gg_sc(%s, %s)", landed_tag(k), a);
		}
		line("%s = 0.5d0 * %s + 0.5d0 * %s", v->name, v->name, t);
	} else if (kind == 2) {
		/* REPEAT with a constant count into a CHARACTER that selects a branch */
		features2 |= F2_REPEAT;
		landed_decls();
		note_read(v);
		note_write(v);
		int n = rrange(2, 4);
		if (chance(60))
			line("tcs = repeat(achar(97 + %s), %d)", k->name, n);
		else
			line("tcs = repeat('%c', %d) // achar(97 + %s)", "xyz"[rnd(3)], rrange(1, 3), k -> name);
		Ex e1 = fit(gen_real(1), 1.5), e2 = fit(gen_real(1), 1.5);
		if (chance(50)) {
			int c = rrange(1, 6);
			if (chance(50))
				line("if (tcs(1:2) == repeat(achar(%d), 2) .or. tcs(3:3) == 'c') then", 97 + c);
			else
				line("if (len_trim(tcs) == %d .and. index(tcs, '%c') > 0) then", n, 'a' + c);
			ind++;
			line("%s = 0.5d0 * %s + %s", v->name, v->name, e1.s);
			if (depth > 0)
				gen_block(depth - 1, 1);
			ind--;
			line("else");
			ind++;
			line("%s = 0.5d0 * cos(%s) + %s", v->name, v->name, e2.s);
			ind--;
			line("end if");
		} else {
			line("select case (tcs(1:2))");
			line("case ('bb', 'cc')");
			ind++;
			line("%s = 0.5d0 * %s + %s", v->name, v->name, e1.s);
			ind--;
			line("case ('dd':'ff')");
			ind++;
			line("%s = 0.5d0 * sin(%s) * %s", v->name, v->name, e2.s);
			if (depth > 0)
				gen_block(depth - 1, 1);
			ind--;
			line("case default");
			ind++;
			line("%s = 0.75d0 * %s", v->name, v->name);
			ind--;
			line("end select");
		}
	} else if (kind == 3) {
		/* SPREAD of an active scalar into a section (m constant, or k known at run time), or in SUM */
		features2 |= F2_SPREAD;
		Ex e = fit(gen_real(1), RMAX);
		Var *a = pick_col(IMAX, 1, 1), *kc = NULL;
		/* NCOPIES known only at run time: an INTENT(IN) index (stad refuses a variable the
		 * routine may change, located) */
		for (int i = 0; i < nvars && !kc; i++)
			if (vars[i].type == T_INT && vars[i].scope == S_DUMMY && vars[i].intent == I_IN && vars[i].ro &&
			    !vars[i].rank && vars[i].ilo >= 1 && vars[i].ihi <= 6 && chance(50))
				kc = &vars[i];
		if (a && kc && chance(60)) {
			note_read(a);
			note_write(a);
			note_read(kc);
			char *s = sfmt("%s(%d:%s)", a->name, a->lb[0], plus_k(a->lb[0], kc->name));
			line("%s = 0.5d0 * %s + 0.25d0 * spread(%s, 1, %s)", s, s, e.s, kc->name);
		} else if (chance(70)) {
			int m = rrange(1, 6);
			a = pick_sec(m, 1);
			if (!a) {
				no_funcall = nf;
				return;
			}
			note_write(a);
			char *s = sec_ref(a, m, 0);
			line("%s = 0.5d0 * %s + 0.25d0 * spread(%s, %s%d)", s, s, e.s, chance(50) ? "1, " : "dim=1, ncopies=", m);
		} else {
			int m = rrange(1, 6);
			a = pick_sec(m, 0);
			if (!a) {
				no_funcall = nf;
				return;
			}
			note_read(v);
			note_write(v);
			line("%s = 0.5d0 * %s + 0.02d0 * sum(spread(%s, 1, %d) * %s)", v->name, v->name, e.s, m,
			     sec_ref(a, m, 0));
		}
	} else if (kind == 4) {
		/* CSHIFT / EOSHIFT (an active BOUNDARY sometimes) of a reversed section, `b(hi:lo:-1)`:
		 * m constant, or k elements from the lower bound (extents known only at run time) */
		features2 |= F2_SHIFTREV;
		int rt = chance(40);
		int m = rt ? IMAX : rrange(1, 6);
		Var *a = rt ? pick_col(IMAX, 1, 1) : pick_sec(m, 1);
		Var *b = pick_col(m, 0, rt);
		if (!a || !b) {
			no_funcall = nf;
			return;
		}
		note_read(a);
		note_write(a);
		char *lhs, *src;
		if (rt) {
			note_read(b);
			lhs = sfmt("%s(%d:%s)", a->name, a->lb[0], plus_k(a->lb[0], k->name));
			src = sfmt("%s(%s:%d:-1)", b->name, plus_k(b->lb[0], k->name), b->lb[0]);
		} else {
			lhs = sec_ref(a, m, 0);
			src = rev_section(b, m);
		}
		IEx s = gen_int(1);
		char *amt = chance(50) ? sfmt("%s - %d", s.s, rrange(0, 3)) : s.s;
		char *t;
		int f = rnd(3);
		if (f == 0)
			t = sfmt("cshift(%s, %s)", src, amt);
		else if (f == 1)
			t = sfmt("eoshift(%s, %s)", src, amt);
		else
			t = sfmt("eoshift(%s, %s, boundary=%s)", src, amt, fit(gen_real(1), RMAX).s);
		line("%s = 0.5d0 * %s + 0.25d0 * %s", lhs, lhs, t);
	} else if (kind == 5 || kind == 6) {
		/* CHARACTER components: a name chosen through the CHARACTER array component tags, copied by
		 * structure assignment (to a scalar or an element of an array of the type), read to choose
		 * a path here and in gg_pick (a dummy of the type) */
		features2 |= F2_CHARCOMP;
		landed_decls();
		note_read(v);
		note_write(v);
		static const char *const tg[] = {"sal", "tem", "tmp", "ocn", "abc", "psu"};
		for (int i = 1; i <= 3; i++)
			line("tc1%%tags(%d) = '%s'", i, tg[rnd(6)]);
		if (chance(50))
			line("tc1%%name = tc1%%tags(1 + mod(%s, 3))", k->name);
		else
			line("tc1%%name = repeat(achar(114 + mod(%s, 2)), 2) // 'l'", k->name);
		line("tc1%%v = %s", v->name);
		const char *t = "tc2";
		if (chance(40)) {
			t = chance(50) ? "tca(1)" : "tca(2)";
			line("%s = tc1", t);
		} else {
			line("tc2 = tc1");
		}
		if (kind == 5) {
			Ex e = fit(gen_real(1), 1.5);
			line("if (%s%%name(1:1) == 's' .or. %s%%tags(2) == 'tem') then", t, t);
			ind++;
			line("%s = 0.5d0 * %s%%v + %s", v->name, t, e.s);
			ind--;
			line("else if (len_trim(%s%%name) > 2) then", t);
			ind++;
			line("%s = 0.5d0 * %s + 0.1d0 * len(%s%%tags) * sin(%s%%v)", v->name, v->name, t, t);
			ind--;
			line("end if");
		} else {
			/* gg_pick by its name or through the generic gg_step, whose other specifics take a REAL
			 * first: chosen by the structure's declared type */
			int gen = chance(50);
			if (gen)
				features2 |= F2_GENERIC_TYPE;
			line("call %s(%s, %s)", gen ? "gg_step" : "gg_pick", t, v->name);
		}
	} else if (kind == 7) {
		/* FORALL (one line, a mask, or the construct) and DO CONCURRENT over a constant range */
		int m = rrange(1, 6);
		Var *a = pick_col(m, 1, 1);
		Var *b = pick_col(m, 0, 1);
		if (!a || !b) {
			no_funcall = nf;
			return;
		}
		note_read(a);
		note_write(a);
		note_read(b);
		int lo = a->lb[0] + rnd(a->ext[0] - m + 1), hi = lo + m - 1;
		int off = b->lb[0] + rnd(b->ext[0] - m + 1) - lo; /* b(i + off) stays in b */
		char *iv = fresh("i");
		char *bi = off == 0 ? sfmt("%s(%s)", b->name, iv)
		                    : sfmt("%s(%s %c %d)", b->name, iv, off > 0 ? '+' : '-', off > 0 ? off : -off);
		if (!strchr(a->name, '%') && chance(55)) {
			/* (not a component, gs%ga1(i): stad refuses it in FORALL, located) */
			features2 |= F2_FORALL;
			bprintf(&decls, "  integer :: %s\n", iv);
			int w = rnd(3);
			if (w == 1 && b == a) /* a mask reading the array assigned: refused (a LOGICAL array first) */
				w = 0;
			if (w == 0)
				line("forall (%s = %d:%d) %s(%s) = 0.5d0 * %s(%s) + 0.25d0 * sin(%s)", iv, lo, hi, a->name, iv,
				     a->name, iv, bi);
			else if (w == 1)
				line("forall (%s = %d:%d, %s > %s) %s(%s) = 0.5d0 * %s(%s) + 0.25d0 * tanh(%s)", iv, lo, hi, bi,
				     rconst(round2(rc(-0.5, 0.5))), a->name, iv, a->name, iv, bi);
			else {
				line("forall (%s = %d:%d)", iv, lo, hi);
				ind++;
				line("%s(%s) = 0.5d0 * %s(%s) + 0.25d0 * %s * cos(%s(%s))", a->name, iv, a->name, iv, bi, a->name,
				     iv);
				ind--;
				line("end forall");
			}
		} else {
			features2 |= F2_DOCONC;
			if (b == a) /* iterations must not depend on one another */
				bi = sfmt("%s(%s)", a->name, iv);
			/* (no `integer ::` type-spec: gfortran 12 does not take it) */
			bprintf(&decls, "  integer :: %s\n", iv);
			line("do concurrent (%s = %d:%d%s)", iv, lo, hi, chance(30) ? sfmt(", %s /= 0d0", bi) : "");
			ind++;
			line("%s(%s) = 0.5d0 * %s(%s) + 0.25d0 * cos(%s)", a->name, iv, a->name, iv, bi);
			ind--;
			line("end do");
		}
	} else if (kind == 8) {
		/* statement functions (among the declarations, after COMMON) */
		features2 |= F2_STMTFN;
		if (!landed_sf_declared) {
			landed_sf_declared = 1;
			bprintf(&decls, "  real(8) :: gsf, gsf2, sfx, sfy\n");
			bprintf(&sfdecls,
			        "  gsf(sfx) = 0.5d0 * sfx + 0.25d0 * sin(sfx)\n  gsf2(sfx, sfy) = sfx * cos(sfy) / 4d0\n");
		}
		note_read(v);
		note_write(v);
		Ex e = fit(gen_real(1), RMAX);
		if (chance(50))
			line("%s = 0.5d0 * %s + 0.5d0 * gsf(%s)", v->name, v->name, e.s);
		else
			line("%s = 0.5d0 * %s + 0.5d0 * gsf2(%s, %s)", v->name, v->name, e.s, v->name);
	} else {
		/* EQUIVALENCE of two local arrays: written through one name, read through the other */
		features2 |= F2_EQUIV;
		if (!landed_eq_declared) {
			landed_eq_declared = 1;
			bprintf(&decls, "  real(8) :: eqa(4), eqb(3)\n  equivalence (eqa(3), eqb(1))\n");
		}
		note_read(v);
		note_write(v);
		Ex e = fit(gen_real(1), RMAX);
		if (chance(50)) {
			line("eqa(3) = %s", e.s);
			line("eqa(4) = 0.5d0 * %s", v->name);
			line("%s = 0.5d0 * %s + 0.25d0 * (eqb(1) + eqb(2))", v->name, v->name);
		} else {
			line("eqb(1) = %s", e.s);
			line("eqb(3) = 0.25d0 * %s", v->name);
			line("eqa(4) = 0.5d0 * eqa(3)");
			line("%s = 0.5d0 * %s + 0.25d0 * eqa(4) + 0.125d0 * eqb(3)", v->name, v->name);
		}
	}
	no_funcall = nf;
}

/* ------------------------------------------------------------------ pattern `accepted` */

/* Pattern `accepted` (constructs the README accepts that had hand-written tests but no generator
 * case, stop 19): one statement group on a real scalar v and an index k (1..6). The routine's
 * locals for it are declared at its first use: zqa(3, 3), zqb(3, 3), zqv(3), zqw(3), zqp(6),
 * zqu(6) (real(8)), zql(6) (LOGICAL), zqi(2), zqn(3), zqj (INTEGER), zc1, zc2 (CHARACTER(8)),
 * zs1, zs2 (REAL(4)); renames of mglob's module variables go to the routine's own USE line.
 * Every value stays within RMAX; every choice (MAXLOC, ANY, a mask) is passive or is active data
 * 0.05 at most from a table 0.5 apart (pw), so it does not change near the inputs. */
static int accepted_declared, accepted_s4_declared, accepted_d8_declared;
static Buf accuses; /* `use mglob, only: zr1 => ...` lines of the routine */
static int nrenames;
static char rename_of[8][32];
static void accepted_decls(void)
{
	if (accepted_declared)
		return;
	accepted_declared = 1;
	bprintf(&decls, "  real(8) :: zqa(3, 3), zqb(3, 3), zqv(3), zqw(3), zqp(6), zqu(6)\n  logical :: zql(6)\n"
	                "  integer :: zqi(2), zqn(3), zqj\n  character(len=8) :: zc1, zc2\n");
}
/* m elements of active data within 1 (an array term, scaled) */
static char *acc_term(int m)
{
	double b;
	char *t = arr_term(m, NULL, &b);
	if (!t)
		return NULL;
	return b > 1 ? sfmt("%s * (%s)", rconst(1.0 / b), t) : t;
}
/* zqa (|.| <= 1) and zqv (|.| <= 0.5) filled from active data */
static int acc_fill(void)
{
	char *c1 = acc_term(3), *c2 = acc_term(3), *c3 = acc_term(3);
	if (!c1 || !c2 || !c3)
		return 0;
	Ex e = fit(gen_real(1), 1.0);
	line("zqa(:, 1) = %s", c1);
	line("zqa(1:3, 2) = 0.5d0 * cos(%s)", c2);
	line("zqa(:, 3) = %s", e.s);
	if (chance(30))
		line("zqa(2, 3) = 0.5d0 * zqa(3, 1) - 0.25d0 * zqa(1, 2)");
	line("zqv = 0.5d0 * %s", c3);
	return 1;
}
/* a passive mask of 6 elements from the index k (every window pw(k:k+5) holds values above 4.5
 * and below it), or one of active data kept 0.2 away from its threshold */
static void acc_mask(Var *k)
{
	const char *pw = pw_table();
	if (chance(50)) {
		line("zql = %s(%s:%s + 5) > %s", pw, k->name, k->name, chance(50) ? "4.25d0" : "3.75d0");
	} else {
		char *t = acc_term(6);
		if (!t)
			t = sdup("0d0");
		line("zql = 0.05d0 * %s + %s(%s:%s + 5) %s 4.25d0", t, pw, k->name, k->name, chance(50) ? ">" : "<=");
	}
}
/* The mglob module variable a renamed local name stands for (declared in the routine's USE). */
static Var *acc_rename(int writable)
{
	if (use_types || (in_function && writable))
		return NULL;
	int cand[256], nc = 0;
	for (int i = 0; i < nvars; i++) {
		Var *c = &vars[i];
		if (c->type == T_REAL && c->scope == S_MODULE && !strchr(c->name, '%') &&
		    (c->rank == 0 || c->decl == D_FIXED) && !(writable && c->ro))
			cand[nc++] = i;
	}
	return nc ? &vars[cand[rnd(nc)]] : NULL;
}
static char *acc_local_name(Var *g)
{
	for (int i = 0; i < nrenames; i++)
		if (!strcmp(rename_of[i], g->name))
			return sfmt("zr%d", i + 1);
	if (nrenames >= 8)
		return NULL;
	snprintf(rename_of[nrenames], sizeof rename_of[0], "%s", g->name);
	nrenames++;
	/* (the name itself listed too: a name renamed is otherwise no longer accessible by itself,
	 * also through `use mglob` without ONLY or the module's host USE) */
	bprintf(&accuses, "  use mglob, only: zr%d => %s, %s\n", nrenames, g->name, g->name);
	return sfmt("zr%d", nrenames);
}

static void stmt_accepted(int depth)
{
	Var *v = pick_var(T_REAL, 0, 1);
	Var *k = landed_index();
	if (!v || !k)
		return;
	note_read(k);
	int kind = rnd(11);
	if (kind == 10 && !(bugs_allowed & PAT_STOP))
		kind = 0;
	if (kind == 7 && !(bugs_allowed & BUG_REAL))
		kind = 1;
	int nf = no_funcall;
	no_funcall = 1;
	accepted_decls();
	if (kind == 0) {
		/* MATMUL: matrix-vector, vector-matrix, matrix-matrix, of sections too */
		if (!acc_fill())
			goto out;
		features2 |= F2_MATMUL;
		note_read(v);
		note_write(v);
		int w = rnd(6);
		if (w == 0) {
			line("zqw = matmul(zqa, zqv)"); /* 1.5 */
			line("%s = 0.5d0 * %s + 0.25d0 * zqw(%d)", v->name, v->name, rrange(1, 3));
		} else if (w == 1) {
			line("zqw(1:2) = matmul(zqa(1:3:2, :), zqv(3:1:-1))");
			line("%s = 0.5d0 * %s + 0.25d0 * (zqw(1) - zqw(2))", v->name, v->name);
		} else if (w == 2) {
			line("zqb = matmul(zqa, transpose(zqa))"); /* 3 */
			line("%s = 0.5d0 * %s + 0.25d0 * zqb(%d, %d)", v->name, v->name, rrange(1, 3), rrange(1, 3));
		} else if (w == 3) {
			line("zqb(1:2, 1:2) = matmul(zqa(1:2, 2:3), zqa(2:3, 1:2))"); /* 2 */
			line("%s = 0.5d0 * %s + 0.25d0 * zqb(%d, %d)", v->name, v->name, rrange(1, 2), rrange(1, 2));
		} else if (w == 4) {
			line("zqw = matmul(zqv, zqa)"); /* 1.5 */
			line("%s = 0.5d0 * %s + 0.5d0 * sum(zqw) / 3d0", v->name, v->name);
		} else {
			/* a block of a rank-2 array of the routine: |G| <= 4, two terms of it times 0.5 */
			Var *g = NULL;
			for (int t = 0; t < 8 && !g; t++) {
				Var *c = pick_var(T_REAL, 2, 0);
				if (c && c->decl == D_FIXED && c->ext[0] >= 2 && c->ext[1] >= 2)
					g = c;
			}
			if (g) {
				note_read(g);
				int r0 = g->lb[0] + rnd(g->ext[0] - 1), c0 = g->lb[1] + rnd(g->ext[1] - 1);
				line("zqw(1:2) = matmul(%s(%d:%d, %d:%d), zqv(%s))", g->name, r0, r0 + 1, c0, c0 + 1,
				     chance(50) ? "1:2" : "3:2:-1");
			} else {
				line("zqw(1:2) = matmul(zqv(1:2), zqa(2:3, 1:2))");
			}
			line("%s = 0.5d0 * %s + 0.25d0 * zqw(%d)", v->name, v->name, rrange(1, 2));
		}
	} else if (kind == 1) {
		/* PRODUCT of a section, of a rank-2 array along DIM, with a MASK */
		features2 |= F2_PRODUCT;
		note_read(v);
		note_write(v);
		int w = rnd(3);
		if (w == 0) {
			int m = rrange(1, 6);
			char *t = acc_term(m);
			if (!t)
				goto out;
			line("%s = 0.5d0 * %s + 0.25d0 * product(0.5d0 + 0.25d0 * %s)", v->name, v->name, t);
		} else if (w == 1) {
			if (!acc_fill())
				goto out;
			line("zqw = product(0.5d0 + 0.25d0 * zqa, %s%d)", chance(50) ? "dim=" : "", rrange(1, 2));
			line("%s = 0.5d0 * %s + zqw(%d)", v->name, v->name, rrange(1, 3));
		} else {
			char *t = acc_term(6);
			if (!t)
				goto out;
			acc_mask(k);
			line("zqp = 0.75d0 + 0.25d0 * %s", t);
			line("%s = 0.5d0 * %s + 0.5d0 * product(zqp, mask=zql)", v->name, v->name);
		}
	} else if (kind == 2) {
		/* SPREAD of arrays along DIM 1 and 2, into a whole array or a section */
		if (!acc_fill())
			goto out;
		features2 |= F2_SPREADARR;
		note_read(v);
		note_write(v);
		int w = rnd(4);
		if (w == 0)
			line("zqb = spread(zqv, 1, 3)");
		else if (w == 1)
			line("zqb = spread(zqv, dim=2, ncopies=3)");
		else if (w == 2)
			line("zqb = 0.5d0 * zqa + spread(zqa(:, %d), 2, 3)", rrange(1, 3));
		else
			line("zqb = spread(zqa(%d, :), 1, 3) - 0.5d0 * zqa", rrange(1, 3));
		line("%s = 0.5d0 * %s + 0.25d0 * (zqb(%d, %d) + zqb(%d, %d))", v->name, v->name, rrange(1, 3), rrange(1, 3),
		     rrange(1, 3), rrange(1, 3));
	} else if (kind == 3) {
		/* PACK and UNPACK with a mask of passive or active data */
		char *t = acc_term(6);
		if (!t)
			goto out;
		features2 |= F2_PACK;
		note_read(v);
		note_write(v);
		acc_mask(k);
		line("zqp = %s", t);
		int w = rnd(4);
		if (w == 0) {
			line("%s = 0.5d0 * %s + 0.25d0 * sum(pack(zqp, zql))", v->name, v->name); /* 1.5 */
		} else if (w == 1) {
			line("zqj = count(zql)");
			line("zqu(1:zqj) = pack(zqp, zql)");
			line("%s = 0.5d0 * %s + 0.5d0 * zqu(1)", v->name, v->name);
		} else if (w == 2) {
			line("zqu = unpack(zqp(6:1:-1), zql, %s)", chance(50) ? "0.5d0" : "0.5d0 * zqp");
			line("%s = 0.5d0 * %s + 0.25d0 * (zqu(%d) + zqu(%d))", v->name, v->name, rrange(1, 6), rrange(1, 6));
		} else {
			line("zqu = unpack(zqp, .not. zql, zqp)");
			line("%s = 0.5d0 * %s + 0.25d0 * sum(pack(zqu, zql .or. zqu > 5d0))", v->name, v->name);
		}
	} else if (kind == 4) {
		/* MAXLOC/MINLOC (DIM=1, MASK=, rank 2) choosing the active element that goes on */
		char *t = acc_term(6);
		if (!t)
			goto out;
		features2 |= F2_MAXLOC;
		const char *pw = pw_table();
		note_read(v);
		note_write(v);
		line("zqp = %s", t);
		const char *f = chance(50) ? "maxloc" : "minloc";
		int w = rnd(4);
		if (w == 0) {
			line("zqi(1:1) = %s(0.05d0 * zqp + %s(%s:%s + 5))", f, pw, k->name, k->name);
			line("zqj = zqi(1)");
		} else if (w == 1) {
			int a = rrange(1, 15);
			line("zqj = %s(0.05d0 * zqp(6:1:-1) + %s(%d:%d), dim=1)", f, pw, a, a + 5);
		} else if (w == 2) {
			acc_mask(k);
			int a = rrange(1, 15);
			if (chance(50)) {
				line("zqj = %s(%s(%d:%d) - 0.05d0 * zqp, dim=1, mask=zql)", f, pw, a, a + 5);
			} else {
				line("zqi(1:1) = %s(%s(%d:%d) - 0.05d0 * zqp, mask=zql)", f, pw, a, a + 5);
				line("zqj = zqi(1)");
			}
		} else {
			if (!acc_fill())
				goto out;
			line("zqi = %s(0.05d0 * zqa + reshape(%s(%s:%s + 8), [3, 3]))", f, pw, k->name, k->name);
			line("%s = 0.5d0 * %s + 0.25d0 * zqa(zqi(1), zqi(2)) + 0.1d0 * zqp(zqi(2))", v->name, v->name);
			goto out;
		}
		line("%s = 0.5d0 * %s + 0.25d0 * zqp(zqj)", v->name, v->name);
	} else if (kind == 5) {
		/* ANY / ALL / COUNT (also COUNT along DIM) deciding branches */
		char *t = acc_term(6);
		if (!t)
			goto out;
		features2 |= F2_ANYCOUNT;
		const char *pw = pw_table();
		note_read(v);
		note_write(v);
		line("zqp = %s", t);
		char *c;
		int w = rnd(4);
		if (w == 0)
			c = sfmt("any(0.05d0 * zqp + %s(%s:%s + 5) > %s)", pw, k->name, k->name, rconst(rrange(5, 9) + 0.25));
		else if (w == 1)
			c = sfmt("all(%s(%s:%s + 2) - 0.05d0 * zqp(1:3) > %s)", pw, k->name, k->name, rconst(rrange(0, 2) + 0.25));
		else if (w == 2)
			c = sfmt("count(0.05d0 * zqp + %s(%s:%s + 5) < 4.25d0) >= %d", pw, k->name, k->name, rrange(2, 4));
		else {
			line("zqn = count(reshape(%s(%s:%s + 8), [3, 3]) > 4.25d0, dim=%d)", pw, k->name, k->name, rrange(1, 2));
			c = sfmt("zqn(%d) >= %d .or. any(zqn == 0)", rrange(1, 3), rrange(1, 2));
		}
		Ex e1 = fit(gen_real(1), 1.5);
		line("if (%s) then", c);
		ind++;
		line("%s = 0.5d0 * %s + 0.25d0 * sum(zqp(2:5))", v->name, v->name); /* 1 */
		if (depth > 0)
			gen_block(depth - 1, 1);
		ind--;
		line("else");
		ind++;
		line("%s = 0.5d0 * sin(%s) + %s", v->name, v->name, e1.s);
		ind--;
		line("end if");
	} else if (kind == 6) {
		/* USE mglob, ONLY: zrN => name (a rename of a module variable), read and written through
		 * the local name in the statement that also reads it by its own */
		Var *g = acc_rename(1);
		if (!g)
			g = acc_rename(0);
		char *ln = g ? acc_local_name(g) : NULL;
		if (!ln)
			goto out;
		features2 |= F2_USEONLY;
		note_read(g);
		note_read(v);
		note_write(v);
		char *lr = g->rank ? sfmt("%s(%d)", ln, g->lb[0] + rnd(g->ext[0])) : ln;
		char *gr = g->rank ? sfmt("%s(%d)", g->name, g->lb[0] + rnd(g->ext[0])) : g->name;
		if (g->rank == 2) {
			lr = sfmt("%s(%d, %d)", ln, g->lb[0] + rnd(g->ext[0]), g->lb[1] + rnd(g->ext[1]));
			gr = sfmt("%s(%d, %d)", g->name, g->lb[0] + rnd(g->ext[0]), g->lb[1] + rnd(g->ext[1]));
		}
		int wr = !g->ro && !(in_function && g->scope != S_LOCAL) && g != v;
		if (wr && chance(60)) {
			note_write(g);
			if (g->rank == 1 && chance(40)) {
				int lo = g->lb[0], hi = lo + g->ext[0] - 1;
				line("%s(%d:%d) = 0.5d0 * %s(%d:%d:-1) + 0.25d0 * sin(%s)", ln, lo, hi, g->name, hi, lo, v->name);
			} else {
				line("%s = 0.5d0 * %s + 0.25d0 * cos(%s) * %s", lr, gr, v->name, chance(50) ? "0.5d0" : lr);
			}
		}
		line("%s = 0.5d0 * %s + 0.25d0 * %s - 0.125d0 * %s", v->name, v->name, lr, gr);
	} else if (kind == 7) {
		/* REAL(4) locals in the active computation (single-precision steps: a staircase for
		 * finite differences, as pattern `real`), DPROD of two of them */
		features2 |= F2_REAL4;
		bugs_used |= BUG_REAL;
		if (!accepted_s4_declared) {
			accepted_s4_declared = 1;
			bprintf(&decls, "  real(4) :: zs1, zs2\n");
		}
		note_read(v);
		note_write(v);
		Ex e = fit(gen_real(1), RMAX);
		line("zs1 = %s", chance(50) ? v->name : e.s);
		int w = rnd(3);
		if (w == 0)
			line("zs2 = 0.5 * zs1 + 0.25 * sin(zs1)"); /* 3 */
		else if (w == 1)
			line("zs2 = real(%s) * 0.5", e.s); /* 2 */
		else
			line("zs2 = 0.75 * cos(zs1) + 0.125e0 * zs1"); /* 1.25 */
		if (default_real8 && chance(60)) {
			/* a default REAL local: REAL(8) under --default-real-8 (REAL(4) stays 4 bytes) */
			if (!accepted_d8_declared) {
				accepted_d8_declared = 1;
				bprintf(&decls, "  real :: zd1\n");
			}
			line("zd1 = 0.5 * %s + 0.25 * zs2", v->name); /* 2.75 */
			line("%s = 0.5d0 * %s + 0.25 * zd1 * cos(1.5 * zd1) + 0.125 * real(zs1)", v->name, v->name);
		} else if (!default_real8 && chance(50)) { /* (DPROD takes default REALs: not REAL(4) then) */
			features2 |= F2_DPROD;
			line("%s = 0.5d0 * %s + 0.125d0 * dprod(zs1, zs2)", v->name, v->name); /* 2 + 1.5 */
		} else {
			line("%s = 0.5d0 * %s + 0.25d0 * zs2 + 0.25d0 * dble(zs1) * cos(%s)", v->name, v->name, v->name);
		}
	} else if (kind == 8 || kind == 9) {
		/* CHARACTER intrinsics selecting paths: LEN_TRIM, INDEX (BACK), ADJUSTL, ADJUSTR, TRIM
		 * comparisons, LLT/LGT, ICHAR */
		features2 |= F2_CHARINTR;
		note_read(v);
		note_write(v);
		int nb = rrange(0, 3);
		line("zc1 = %s%sachar(96 + %s) // '%s'", nb ? sfmt("'%.*s'", nb, "   ") : "", nb ? " // " : "", k->name,
		     chance(50) ? "bc" : "x");
		int w = rnd(5);
		char *c;
		if (w == 0) {
			line("zc2 = adjustl(zc1)");
			c = sfmt("trim(zc2) == '%cbc' .or. zc2(1:2) == 'ex'", 'a' + rnd(6));
		} else if (w == 1) {
			c = sfmt("len_trim(zc1) == %d .and. index(zc1, 'b') > 0", nb + 3);
		} else if (w == 2) {
			line("zc2 = adjustr(zc1)");
			/* BACK by position or keyword (`back=` refused until stop 19), LLT by keyword too */
			c = sfmt("index(zc2, '%c', %s.true.) == 8 .or. %s", "cx"[rnd(2)], chance(50) ? "back=" : "",
			         chance(50) ? sfmt("llt(adjustl(zc1), '%c')", 'a' + rnd(6))
			                    : sfmt("llt(string_b='%c', string_a=adjustl(zc1))", 'a' + rnd(6)));
		} else if (w == 3) {
			line("zc2 = trim(adjustl(zc1)) // '%c'", 'q' + rnd(3));
			c = sfmt("lgt(zc2, 'c') .and. ichar(zc2(1:1)) /= %d", 97 + rnd(6));
		} else {
			c = sfmt("adjustl(zc1) == '%cx' .or. len_trim(adjustl(zc1)) > 2", 'a' + rnd(6));
		}
		Ex e1 = fit(gen_real(1), 1.5), e2 = fit(gen_real(1), 1.5);
		line("if (%s) then", c);
		ind++;
		line("%s = 0.5d0 * %s + %s", v->name, v->name, e1.s);
		if (depth > 0)
			gen_block(depth - 1, 1);
		ind--;
		line("else");
		ind++;
		line("%s = 0.5d0 * cos(%s) + %s", v->name, v->name, e2.s);
		ind--;
		line("end if");
	} else {
		/* CALL EXIT(0) at the end of a path never taken (an index above its range) */
		features2 |= F2_EXIT;
		note_read(v);
		note_write(v);
		line("if (%s > %d) then", k->name, k->ihi + rnd(3));
		ind++;
		line("%s = 0d0", v->name);
		line("call exit(%s)", chance(70) ? "0" : "");
		ind--;
		line("end if");
		line("%s = 0.5d0 * %s + 0.25d0", v->name, v->name);
	}
out:
	no_funcall = nf;
}

/* Pattern `fploop`: z = 0.5 sin(z) + a iterated to its fixed point (|a| <= 1: a contraction
 * by 0.5, converged to 1e-15 in about 50 steps; a cap of 200), as a DO WHILE or a counted DO
 * left by EXIT, under !$AD FP-LOOP with the state named or inferred; a is computed before the
 * loop, so that a step is one map repeated (a function call in a could change globals). */
static void stmt_fploop(void)
{
	Var *v = pick_var(T_REAL, 0, 1);
	if (!v)
		return;
	features |= F_FPLOOP;
	char *z = fresh("fz"), *t = fresh("ft"), *e = fresh("fe"), *a = fresh("fa"), *k = fresh("fk");
	bprintf(&decls, "  real(8) :: %s, %s, %s, %s\n", z, t, e, a);
	declare_int_local(k);
	Ex x = fit(gen_real(2), 1.0);
	line("%s = %s", a, x.s);
	line("%s = %s", z, chance(50) ? "0" : a);
	line("%s = 1", e);
	line("%s = 0", k);
	line(chance(50) ? "!$AD FP-LOOP %s" : "!$AD FP-LOOP", z);
	int counted = chance(50);
	if (counted)
		line("do %s = 1, 200", k);
	else
		line("do while (%s > 1d-15 .and. %s < 200)", e, k);
	ind++;
	int exit_first = counted && chance(50);
	if (exit_first)
		line("if (%s < 1d-15) exit", e);
	line("%s = 0.5d0 * sin(%s) + %s", t, z, a);
	line("%s = abs(%s - %s)", e, t, z);
	line("%s = %s", z, t);
	if (!counted)
		line("%s = %s + 1", k, k);
	else if (!exit_first)
		line("if (%s < 1d-15) exit", e);
	ind--;
	line("end do");
	line("%s = 0.8d0 * %s + 0.1d0 * %s", v->name, v->name, z);
	note_write(v);
	note_read(v);
}

/* Pattern `linsolve`: mglob's gl_cg solves A u = r for gl_u(1:4) (CG, at most 4 steps: the
 * solution to rounding) with A SPD and diagonally dominant by 0.5 (|u| <= 2 max|r|), or gl_jac
 * a non-symmetric A (Jacobi sweeps; transpose= gl_ns_amult, assumed-shape dummies); its
 * coefficients gl_c and the boundary value gl_u(0), which gl_amul reads and gl_cg never writes,
 * come from an active expression a, |a| <= 1; the start is 0 or a; v relaxed towards an
 * element of the solution. */
static void stmt_linsolve(void)
{
	Var *v = pick_var(T_REAL, 0, 1);
	if (!v)
		return;
	features |= F_LINSOLVE;
	char *a = fresh("sla"), *i = fresh("sli");
	bprintf(&decls, "  real(8) :: %s\n", a);
	declare_int_local(i);
	Ex x = fit(gen_real(2), 1.0);
	line("%s = %s", a, x.s);
	line("do %s = 1, 5", i);
	ind++;
	line("gl_c(%s) = 1d0 + 0.25d0 * sin(%s * %s)", i, a, i);
	line("gl_r(%s) = cos(%s * %s + %s)", i, a, i, v->name);
	line("gl_u(%s) = %s", i, chance(50) ? "0" : a);
	ind--;
	line("end do");
	line("gl_u(0) = 0.1d0 * %s", a);
	line("gl_u(5) = 0");
	if (chance(50)) {
		line("!$AD LINEAR-SOLVE x=gl_u b=gl_r apply=gl_amul symmetric");
		line("call gl_cg()");
	} else {
		line("!$AD LINEAR-SOLVE x = gl_u  b = gl_r  apply = gl_ns_amul  transpose = gl_ns_amult");
		line("call gl_jac()");
	}
	line("%s = 0.8d0 * %s + 0.1d0 * gl_u(%d)", v->name, v->name, 1 + rnd(4));
	note_read(v);
	note_write(v);
}

/* Pattern `alloctype`: the work array is an ALLOCATABLE array pk of mglob's type gpt (rank 1
 * or 2, lower bound lo, extent from an index): freed if allocated, then allocated (k = 2 by
 * default initialization) or, rank 1, allocated by gpt_fill's INTENT(OUT) dummy; its elements'
 * components filled from v, read back into v (each |value| <= RMAX: v = 0.9 v + 0.05 x), the
 * component arrays pk%a and pk%b(1) in array expressions, sometimes scaled by gpt_scale
 * (INTENT(INOUT), |c| < 1), copied whole or reversed into pk2 by automatic reallocation and
 * read from there, and freed or left to the deallocation on return. */
static void stmt_alloc_type(Var *v, const char *iw, int rank2, int lo)
{
	features |= F_ALLOCTYPE;
	char *p = fresh("pk"), *jw = rank2 ? fresh("jw") : NULL;
	bprintf(&decls, "  type(gpt), allocatable :: %s(%s)\n", p, rank2 ? ":, :" : ":");
	if (jw)
		declare_int_local(jw);
	const char *ext = gen_idx();
	const char *el = rank2 ? sfmt("%s(%s, %s)", p, iw, jw) : sfmt("%s(%s)", p, iw);
	note_write(v);
	note_read(v);
	if (!rank2 && chance(40)) {
		Ex c = fit(gen_real(2), RMAX);
		line("call gpt_fill(%s, %d, int(%s), %s)", p, lo, ext, c.s);
	} else {
		line("if (allocated(%s)) deallocate(%s)", p, p);
		if (lo == 1 && chance(50))
			line("allocate(%s(%s%s))", p, ext, rank2 ? ", 2" : "");
		else
			line("allocate(%s(%d:%d + %s%s))", p, lo, lo - 1, ext, rank2 ? ", 0:1" : "");
		line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, p, p);
		ind++;
		if (rank2) {
			line("do %s = lbound(%s, 2), ubound(%s, 2)", jw, p, p);
			ind++;
		}
		Ex e = fit(gen_real(2), RMAX);
		line("%s%%a = %s", el, e.s);
		line("%s%%b(0) = 0.5d0 * %s%%a", el, el);
		line("%s%%b(1) = 0.25d0 * %s%%k * %s%%a", el, el, el); /* k = 2 */
		if (rank2) {
			ind--;
			line("end do");
		}
		ind--;
		line("end do");
	}
	if (!rank2 && chance(40))
		line("call gpt_scale(%s, %s)", p, chance(50) ? "0.75d0" : sfmt("0.2d0 * %s", v->name));
	if (chance(50)) /* the component arrays: means of values within RMAX */
		line("%s = 0.9d0 * %s + 0.05d0 * (sum(%s%%a) + sum(%s%%b(1))) / (2 * size(%s))", v->name, v->name, p, p, p);
	if (chance(30))
		line("%s%%a = 0.5d0 * %s%%a + 0.5d0 * %s%%b(0)", p, p, p);
	const char *src = p;
	if (chance(50)) {
		char *p2 = fresh("pk");
		bprintf(&decls, "  type(gpt), allocatable :: %s(%s)\n", p2, rank2 ? ":, :" : ":");
		if (!rank2 && chance(50))
			line("%s = %s(ubound(%s, 1):lbound(%s, 1):-1)", p2, p, p, p); /* lower bound 1 */
		else
			line("%s = %s", p2, p);
		src = p2;
	}
	line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, src, src);
	ind++;
	line("%s = 0.9d0 * %s + 0.05d0 * %s(%s%s)%%b(%d)", v->name, v->name, src, iw, rank2 ? sfmt(", lbound(%s, 2)", src) : "",
	     rnd(2));
	ind--;
	line("end do");
	if (chance(60))
		line("deallocate(%s)", p);
}

static void stmt_alloc(void)
{
	for (int i = 0; i < loop_depth; i++)
		if (loop_kind[i] == 2)
			return;
	Var *v = pick_var(T_REAL, 0, 1);
	if (in_region || !v)
		return;
	features |= F_ALLOC;
	internal_alloc |= in_internal;
	char *w = fresh("wk"), *iw = fresh("iw"), *jw = NULL, *sk = NULL, *skarr = NULL;
	int rank2 = chance(30), lo = rrange(-2, 2), elem = 0;
	if ((bugs_allowed & PAT_ALLOCTYPE) && !in_internal && !force_alloccomp && chance(force_alloctype ? 100 : 20)) {
		declare_int_local(iw);
		stmt_alloc_type(v, iw, rank2, lo);
		return;
	}
	if ((bugs_allowed & PAT_ALLOCCOMP) && !in_internal && chance(force_alloccomp ? 100 : 40)) {
		/* pattern `alloccomp`: the work array is a component of a local structure */
		features |= F_ALLOCCOMP;
		sk = fresh("sk");
		elem = chance(50);
		bprintf(&decls, "  type(gwk) :: %s%s\n", sk, elem ? sfmt("(%d)", elem = rrange(2, 3)) : "");
		skarr = sk;
		if (elem) /* an element of an array of structures (its components a slab) */
			sk = sfmt("%s(%d)", sk, rrange(1, elem));
		w = sfmt("%s%%%s", sk, rank2 ? "h" : "w");
	} else
		bprintf(&decls, "  real(8), allocatable :: %s(%s)\n", w, rank2 ? ":, :" : ":");
	declare_int_local(iw);
	if (rank2) {
		jw = fresh("jw");
		declare_int_local(jw);
	}
	const char *ext = gen_idx();
	if (!rank2 && !elem && chance(40)) {
		/* an ALLOCATABLE dummy allocates it (mglob's ga_fill) */
		Ex c = fit(gen_real(2), RMAX);
		line("call ga_fill(%s, %d, int(%s), %s)", w, lo, ext, c.s);
		note_write(v);
		note_read(v);
		alloc_reread(v, w, iw);
		if (sk)
			alloc_copy(v, sk, "w", iw);
		return;
	}
	line("if (allocated(%s)) deallocate(%s)", w, w);
	if (lo == 1 && chance(50))
		line("allocate(%s(%s%s))", w, ext, rank2 ? ", 2" : "");
	else
		line("allocate(%s(%d:%d + %s%s))", w, lo, lo - 1, ext, rank2 ? ", 0:1" : "");
	line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, w, w);
	ind++;
	if (rank2) {
		line("do %s = lbound(%s, 2), ubound(%s, 2)", jw, w, w);
		ind++;
	}
	Ex e = fit(gen_real(2), RMAX);
	line("%s(%s%s%s) = %s", w, iw, rank2 ? ", " : "", rank2 ? jw : "", e.s);
	if (rank2) {
		ind--;
		line("end do");
	}
	ind--;
	line("end do");
	note_write(v);
	note_read(v);
	/* v = 0.9 v + 0.05 wk(i): stays within RMAX */
	line("do %s = lbound(%s, 1), ubound(%s, 1)", iw, w, w);
	ind++;
	line("%s = 0.9d0 * %s + 0.05d0 * %s(%s%s)", v->name, v->name, w, iw, rank2 ? ", 1" : "");
	ind--;
	line("end do");
	if (!rank2 && chance(50))
		alloc_reread(v, w, iw);
	if (elem && chance(40)) /* the whole array to a dummy of its type (mglob's gwk_all) */
		line("call gwk_all(%s, %d, %s)", skarr, elem, chance(50) ? "0.75d0" : sfmt("0.2d0 * %s", v->name));
	if (sk)
		alloc_copy(v, sk, rank2 ? "h" : "w", iw);
	if (chance(60))
		line("deallocate(%s)", w);
}

/* A BINOMIAL-CKP loop cannot save an assumed-size array it writes (a located refusal): none then. */
static int writable_assumed(void)
{
	for (int i = 0; i < nvars; i++)
		if (vars[i].decl == D_ASSUMED && vars[i].rank && !vars[i].ro && vars[i].type == T_REAL)
			return 1;
	return 0;
}

static void stmt_region(int depth)
{
	if (in_region || in_function)
		return;
	/* a region that may write an assumed-size dummy: internal error (found/region_writes_assumed_size.f90) */
	if (writable_assumed()) {
		if (!(bugs_allowed & BUG_REGIONAS))
			return;
		bugs_used |= BUG_REGIONAS;
	}
	for (int i = 0; i < loop_depth; i++)
		if (loop_kind[i] == 2)
			return;
	features |= F_REGION;
	line("!$AD CHECKPOINT-START");
	in_region = 1;
	int base = region_loop_base;
	region_loop_base = loop_depth;
	gen_block(depth - 1, 3);
	/* a region must not end with a directive-less nothing: add an assignment */
	stmt_assign_real();
	region_loop_base = base;
	in_region = 0;
	line("!$AD CHECKPOINT-END");
}

/* IF (c) GO TO a label after the statements around (forward, perhaps out of loops and IF
 * blocks), or the same as an IF block ending with the GO TO. */
static void stmt_goto(void)
{
	const Target *t = pick_target(1);
	if (!t)
		return;
	features |= F_GOTO;
	if (chance(70)) {
		line("if (%s) %s %d", gen_cond(1), chance(70) ? "goto" : "go to", t->label);
		return;
	}
	line("if (%s) then", gen_cond(1));
	ind++;
	stmt_assign_real();
	line("go to %d", t->label);
	ind--;
	line("end if");
}

/* Statements that GO TOs may leave for the CONTINUE after them. */
static void stmt_label_block(int depth)
{
	int label = new_label(), n = ntargets;
	push_target(label, NULL);
	gen_block(depth - 1, 4);
	ntargets = n;
	line("%d continue", label);
}

/* A loop made of GO TO, its trip count bounded by a counter: tested at its end, at its start, or
 * entered by a jump to its test at the end. */
static void stmt_goto_loop(int depth)
{
	char *g = fresh("g");
	declare_int_local(g);
	int top = new_label(), test = new_label(), t = rrange(1, 4), k = rnd(3);
	features |= F_GOTO;
	line("%s = 0", g);
	if (k == 0) {
		line("%d %s = %s + 1", top, g, g);
		gen_block(depth - 1, 3);
		line("if (%s < %d .and. (%s)) goto %d", g, t, gen_cond(1), top);
	} else if (k == 1) {
		line("%d if (%s >= %d .or. .not. (%s)) go to %d", top, g, t, gen_cond(1), test);
		line("%s = %s + 1", g, g);
		gen_block(depth - 1, 3);
		line("goto %d", top);
		line("%d continue", test);
	} else {
		line("go to %d", test);
		line("%d continue", top);
		gen_block(depth - 1, 3);
		line("%d %s = %s + 1", test, g, g);
		line("if (%s <= %d .and. (%s)) goto %d", g, t, gen_cond(1), top);
	}
}

/* A computed GO TO (an index out of range goes on with the next statement) or an arithmetic IF
 * choosing among blocks that end by jumping to the CONTINUE after the last one. */
static void stmt_computed_goto(int depth)
{
	int end = new_label(), lab[3], nl = rrange(2, 3), n = ntargets;
	features |= F_GOTO;
	for (int i = 0; i < 3; i++)
		lab[i] = new_label();
	int arith = chance(35);
	if (arith) {
		IEx e = gen_int(1);
		line("if (%s - %d) %d, %d, %d", e.s, rrange(2, 5), lab[0], lab[1], lab[2]);
		nl = 3;
	} else {
		line("go to (%d, %d%s%s)%s %s", lab[0], lab[1], nl == 3 ? ", " : "", nl == 3 ? sfmt("%d", lab[2]) : "",
		     chance(50) ? "," : "", gen_idx());
	}
	push_target(end, NULL);
	if (!arith) { /* the index was out of range */
		gen_block(depth - 1, 2);
		line("go to %d", end);
	}
	for (int i = 0; i < nl; i++) {
		line("%d continue", lab[i]);
		gen_block(depth - 1, 2);
		if (i + 1 < nl)
			line("goto %d", end);
	}
	ntargets = n;
	line("%d continue", end);
}

/* SELECT CASE on an index (values 1..6: single values, lists, ranges open or closed, some
 * values in no CASE) or on a condition; perhaps named, with EXIT name inside. */
static void stmt_select(int depth)
{
	features |= F_SELECT;
	const char *name = (bugs_allowed & PAT_NAMED) && chance(30) ? fresh("sc") : NULL;
	int n = ntargets;
	if (name) {
		features |= F_NAMED;
		push_target(0, name);
	}
	const char *suffix = name ? sfmt(" %s", name) : "";
	if (chance(75)) {
		int ncase = rrange(1, 4), group[8];
		for (int v = 0; v < 8; v++) /* 0 and 7 are out of range: open ranges reach them */
			group[v] = rnd(ncase + 1) - 1;
		line("%s%sselect case (%s)", name ? name : "", name ? ": " : "", gen_idx());
		for (int c = 0; c < ncase; c++) {
			Buf items = {0};
			buf_put(&items, "", 0);
			for (int v = 0; v < 8; v++) {
				if (group[v] != c || (v > 0 && group[v - 1] == c))
					continue;
				int w = v;
				while (w + 1 < 8 && group[w + 1] == c)
					w++;
				const char *sep = items.n ? ", " : "";
				if (v == w)
					bprintf(&items, "%s%d", sep, v);
				else if (v == 0)
					bprintf(&items, "%s:%d", sep, w);
				else if (w == 7)
					bprintf(&items, "%s%d:", sep, v);
				else
					bprintf(&items, "%s%d:%d", sep, v, w);
			}
			if (!items.n)
				continue;
			line("case (%s)%s", items.s, suffix);
			ind++;
			gen_block(depth - 1, 2);
			ind--;
			free(items.s);
		}
	} else {
		line("%s%sselect case (%s)", name ? name : "", name ? ": " : "", gen_cond(1));
		int which = rnd(3);
		line("case (%s)%s", which == 1 ? ".false." : ".true.", suffix);
		ind++;
		gen_block(depth - 1, 2);
		ind--;
		if (which == 2) {
			line("case (.false.)%s", suffix);
			ind++;
			gen_block(depth - 1, 2);
			ind--;
		}
	}
	if (chance(50)) {
		line("case default%s", suffix);
		ind++;
		gen_block(depth - 1, 2);
		ind--;
	}
	ntargets = n;
	line("end select%s", suffix);
}

/* A statement of the CHARACTER task switch (pattern `chars`): gmode tested or changed. */
static const char *const char_words[] = {"FG_START", "NEW_X", "FG_LN", "CONV", "START", "ABNORMAL"};

static void stmt_char(int depth)
{
	features |= F_CHARS;
	int k = rnd(100);
	if (k < 35 && depth > 0) {
		line("if (gmode(1:2) == gfg) then");
		ind++;
		gen_block(depth - 1, 2);
		ind--;
		line("else if (gmode == '%s' .or. lge(gmode, 'S')) then", char_words[rnd(6)]);
		ind++;
		gen_block(depth - 1, 2);
		ind--;
		if (chance(50)) {
			line("else");
			ind++;
			gen_block(depth - 1, 2);
			ind--;
		}
		line("end if");
	} else if (k < 55 && depth > 0) {
		line("select case (gmode(1:3))");
		line("case ('FG_')");
		ind++;
		gen_block(depth - 1, 2);
		ind--;
		line("case ('NEW', 'CON')");
		ind++;
		gen_block(depth - 1, 2);
		ind--;
		if (chance(50)) {
			line("case ('P':'T')");
			ind++;
			gen_block(depth - 1, 1);
			ind--;
		}
		line("case default");
		ind++;
		gen_block(depth - 1, 1);
		ind--;
		line("end select");
	} else if (k < 85 && !in_function) {
		int w = rnd(4);
		if (w == 0)
			line("gmode = '%s'", char_words[rnd(6)]);
		else if (w == 1)
			line("gmode = 'FG_' // gmode(4:5)");
		else if (w == 2)
			line("gmode = trim(gmode(1:3)) // '%s'", chance(50) ? "X" : "_LN");
		else {
			line("gmode = ' ' // gmode(1:7)");
			line("gmode = adjustl(gmode)");
		}
	} else {
		line("if (index(gmode, 'X') > 0 .or. len_trim(gmode) == %d) then", rrange(4, 8));
		ind++;
		gen_block(depth > 0 ? depth - 1 : 0, 1);
		ind--;
		line("end if");
	}
}

/* A formatted WRITE (pattern `io`) of values the routine has: a tag, real scalars, an integer,
 * a real array (whole, or an element of an assumed-size one), to fort.77 (never opened) or unit
 * 0. No blank in the format: fixed form may cut the line at a blank. */
static void stmt_io(void)
{
	static const char *const rf[] = {"es16.8", "f12.5", "g14.6", "1pe13.5", "e14.6e3", "en14.4", "f0.4", "es24.16"};
	Var *r = pick_var(T_REAL, 0, 0), *r2 = chance(40) ? pick_var(T_REAL, 0, 0) : NULL;
	Var *a = chance(40) ? pick_var(T_REAL, 1, 0) : NULL;
	Var *k = chance(50) ? pick_var(T_INT, 0, 0) : NULL;
	if (!r && !a)
		return;
	features |= F_IO;
	Buf f = {0}, it = {0};
	bprintf(&f, "(a");
	bprintf(&it, "'w%d'", nstmts);
	if (r) {
		note_read(r);
		bprintf(&f, ",%s", rf[rnd(8)]);
		bprintf(&it, ", %s", r->name);
	}
	if (k) {
		note_read(k);
		bprintf(&f, ",i4");
		bprintf(&it, ", %s", k->name);
	}
	if (r2) {
		note_read(r2);
		bprintf(&f, ",1x,%s", rf[rnd(8)]);
		bprintf(&it, ", %s", r2->name);
	}
	if (a) {
		/* whole (a group repeated by format reversion) or one element */
		if (a->decl == D_ASSUMED) {
			bprintf(&f, ",%s", rf[rnd(8)]);
			bprintf(&it, ", %s", elem_ref(a));
		} else {
			note_read(a);
			bprintf(&f, ",/,(%d(%s))", rrange(1, 4), rf[rnd(8)]); /* 2(1pe13.5), not 21pe13.5 */
			bprintf(&it, ", %s", a->name);
		}
	}
	bprintf(&f, ")");
	line("write(%d, '%s') %s", chance(80) ? 77 : 0, f.s, it.s);
	free(f.s);
	free(it.s);
}

/* PRINT * of a tag and implied DOs of mixed types over an array whose bounds are known here
 * (feature `print`): `print *, 'w12', (ip3, a(ip3), a(ip3) > 0, ip3 = 2, 5, 2), k`, for a rank-2
 * array nested, `(ip4, (b(ip3, ip4), ip3 = 0, 2), ip4 = 1, 3)`. The output goes to standard
 * output, which check_one.sh does not compare (the derivative code does no output). */
static void stmt_print(void)
{
	Var *a = NULL;
	for (int t = 0; t < 8 && !a; t++) {
		a = pick_var(T_REAL, -1, 0);
		if (a && (!a->rank || a->decl != D_FIXED))
			a = NULL;
	}
	if (!a)
		return;
	features |= F_PRINT;
	note_read(a);
	const char *i = fresh("ip");
	declare_int_local(i);
	Buf it = {0};
	bprintf(&it, "'w%d'", nstmts);
	int lo = a->lb[0] + rnd(a->ext[0]), hi = lo + rnd(a->lb[0] + a->ext[0] - lo), st = chance(30) ? 2 : 1;
	const char *step = st == 1 ? "" : ", 2";
	if (a->rank == 1) {
		int f = rnd(3);
		char *items = f == 0 ? sfmt("%s, %s(%s)", i, a->name, i)
		        : f == 1     ? sfmt("%s(%s), %s", a->name, i, i)
		                     : sfmt("%s, %s(%s), %s(%s) > 0", i, a->name, i, a->name, i);
		bprintf(&it, ", (%s, %s = %d, %d%s)", items, i, lo, hi, step);
	} else {
		const char *j = fresh("ip");
		declare_int_local(j);
		int lo2 = a->lb[1] + rnd(a->ext[1]), hi2 = lo2 + rnd(a->lb[1] + a->ext[1] - lo2);
		bprintf(&it, ", (%s, (%s(%s, %s), %s = %d, %d%s), %s = %d, %d)", j, a->name, i, j, i, lo, hi, step, j, lo2, hi2);
	}
	Var *k = chance(50) ? pick_var(T_INT, 0, 0) : NULL;
	if (k) {
		note_read(k);
		bprintf(&it, ", %s", k->name);
	}
	Var *r = chance(50) ? pick_var(T_REAL, 0, 0) : NULL;
	if (r) {
		note_read(r);
		bprintf(&it, ", %s, %s < 0", r->name, r->name);
	}
	line("print *, %s", it.s);
	free(it.s);
}

/* STOP or ERROR STOP in a branch never taken (feature `stop`): the condition is false for every
 * value its variable can hold (an index in [ilo, ihi], a real in [-RMAX, RMAX], also at the
 * finite differences' steps), so the derivatives are defined and the STOP must only be kept. */
static void stmt_stop(void)
{
	Var *k = pick_var(T_INT, 0, 0), *r = pick_var(T_REAL, 0, 0);
	char *cond;
	if (k && k->isidx && (!r || chance(50))) {
		note_read(k);
		cond = chance(50) ? sfmt("%s > %d", k->name, k->ihi + rnd(3)) : sfmt("%s < %d", k->name, k->ilo - rnd(2));
	} else if (r) {
		note_read(r);
		cond = sfmt("abs(%s) > %s", r->name, rconst(RMAX + 2.5 + rnd(4)));
	} else {
		return;
	}
	features |= F_STOP;
	int w = rnd(6);
	char *st = w == 0 ? sdup("stop")
	        : w == 1  ? sfmt("stop %d", rrange(1, 9))
	        : w == 2  ? sfmt("stop 'w%d'", nstmts)
	        : w == 3  ? sdup("error stop")
	        : w == 4  ? sfmt("error stop %d", rrange(1, 9))
	                  : sfmt("error stop 'w%d: out of range'", nstmts);
	if (chance(50)) {
		line("if (%s) %s", cond, st);
	} else {
		line("if (%s) then", cond);
		ind++;
		if (chance(50))
			line("write(0, '(a)') 'w%d: stopping'", nstmts);
		line("%s", st);
		ind--;
		line("end if");
	}
}

/* mglob's ELEMENTAL subroutine ge_relax(x, c) called on a section or a whole array (feature
 * `elemental-sub`): x INTENT(INOUT), c a scalar broadcast or a section of another array of as
 * many elements (|0.5 x + 0.25 c sin(x)| <= 3). */
static void stmt_elemsub(void)
{
	Var *v = NULL;
	for (int t = 0; t < 8 && !v; t++) {
		v = pick_var(T_REAL, -1, 1);
		if (v && (!v->rank || v->decl != D_FIXED))
			v = NULL;
	}
	if (!v)
		return;
	features |= F_ELEMSUB;
	note_write(v);
	int maxm = v->rank == 1 ? v->ext[0] : v->ext[0] > v->ext[1] ? v->ext[0] : v->ext[1];
	int m = rrange(1, maxm < 7 ? maxm : 7);
	int whole = chance(25);
	char *x = whole ? sdup(v->name) : sec_ref(v, m, 0);
	note_read(v);
	Var *c = NULL;
	if (!whole && chance(40)) {
		c = pick_sec(m, 0);
		if (c == v)
			c = NULL;
	}
	char *cv;
	if (c) {
		cv = sec_ref(c, m, 0);
	} else {
		Ex e = fit(gen_real(1), RMAX);
		cv = e.s;
	}
	line("call ge_relax(%s, %s)", x, cv);
}

static void gen_stmt(int depth)
{
	nstmts++;
	int binomial = 0;
	for (int i = 0; i < loop_depth; i++)
		binomial |= loop_kind[i] == 2;
	if (cur_internal && !in_internal && !(internal_alloc && (in_region || binomial)) && chance(10)) {
		line("call %s()", cur_internal);
		internal_calls++;
		return;
	}
	if (use_chars && chance(6)) {
		stmt_char(depth);
		return;
	}
	if ((bugs_allowed & PAT_IO) && chance(5)) {
		chance(30) ? stmt_print() : stmt_io();
		return;
	}
	if ((bugs_allowed & PAT_STOP) && chance(2)) {
		stmt_stop();
		return;
	}
	if ((bugs_allowed & PAT_AFUNC) && chance(force_elemental ? 8 : 2)) {
		stmt_elemsub();
		return;
	}
	if (force_where && (bugs_allowed & PAT_WHERE) && chance(12)) {
		stmt_where();
		return;
	}
	if ((bugs_allowed & PAT_COMPLEX) && chance(force_complex ? 12 : 1)) {
		stmt_complex();
		return;
	}
	if ((bugs_allowed & PAT_RECUR) && chance(force_recur ? 25 : 1)) {
		stmt_recur();
		return;
	}
	if ((bugs_allowed & PAT_FPLOOP) && chance(force_fploop ? 10 : 1)) {
		stmt_fploop();
		return;
	}
	if (linsolve_allowed && chance(force_linsolve ? 10 : 1)) {
		stmt_linsolve();
		return;
	}
	if (procarg_allowed && chance(force_procarg ? 15 : 1)) {
		stmt_procarg();
		return;
	}
	if (trials_allowed && chance(force_trials ? 15 : 2)) {
		stmt_trials();
		return;
	}
	if (landed_allowed && chance(force_landed ? 15 : 2)) {
		stmt_landed(depth);
		return;
	}
	if (accepted_allowed && chance(force_accepted ? 15 : 2)) {
		stmt_accepted(depth);
		return;
	}
	if ((bugs_allowed & (PAT_GOTO | PAT_SELECT)) && chance(12)) {
		int g = rnd(10);
		if (!(bugs_allowed & PAT_SELECT) || (g < 8 && (bugs_allowed & PAT_GOTO))) {
			if (g < 3 || depth <= 0)
				stmt_goto();
			else if (g < 5)
				stmt_label_block(depth);
			else if (g < 7)
				stmt_goto_loop(depth);
			else
				stmt_computed_goto(depth);
		} else if (depth > 0) {
			stmt_select(depth);
		}
		return;
	}
	int k = rnd(100);
	if (depth <= 0)
		k = k % 40;
	if ((bugs_allowed & PAT_ALLOC) && chance(force_alloccomp || force_alloctype ? 10 : 4))
		stmt_alloc();
	else if (k < 22)
		chance(10) ? stmt_stencil() : stmt_assign_real();
	else if (k < 28)
		stmt_assign_int();
	else if (k < 40)
		in_function ? stmt_assign_real() : stmt_call();
	else if (k < 44)
		(bugs_allowed & PAT_WHERE) && chance(30)            ? stmt_where()
		        : (bugs_allowed & PAT_ARRAYS) && chance(60) ? stmt_section()
		                                                    : stmt_whole();
	else if (k < 58)
		stmt_if(depth);
	else if (k < 72)
		stmt_do(depth, 0);
	else if (k < 78)
		stmt_while(depth);
	else if (k < 86)
		stmt_exit_cycle();
	else if (k < 89)
		stmt_return();
	else if (k < 94)
		stmt_region(depth);
	else if (!in_function && !in_region && loop_depth == 0 && chance(70) && !writable_assumed())
		stmt_do(depth, 1);
	else
		in_function ? stmt_assign_real() : stmt_call();
}

static void gen_block(int depth, int nmax)
{
	int n = rrange(1, nmax);
	size_t before = out.n;
	for (int i = 0; i < n && nstmts < budget; i++)
		gen_stmt(depth);
	if (out.n == before)
		stmt_assign_real();
}

/* ------------------------------------------------------------------ routines */

static Buf file;                        /* the whole program */
static uint32_t calls_plain_func[MAXR]; /* per routine: plain functions it references */

static void make_globals(void)
{
	nglobals = 0;
	int nmod = rrange(2, 5), ncom = rrange(0, 4);
	for (int i = 0; i < nmod + ncom && nglobals < MAXG; i++) {
		Var *g = &globals[nglobals];
		memset(g, 0, sizeof *g);
		g->scope = i < nmod ? S_MODULE : S_COMMON;
		g->gid = nglobals;
		g->adjvar = -1;
		int k = rnd(10);
		const char *p = g->scope == S_MODULE ? "g" : "c";
		if (k < 3) {
			g->type = T_REAL;
			snprintf(g->name, 16, "%ss%d", p, i + 1);
		} else if (k < 6) {
			g->type = T_REAL;
			g->rank = 1;
			g->lb[0] = rrange(-2, 2);
			g->ext[0] = chance(25) ? 12 : rrange(IMAX, 9);
			snprintf(g->name, 16, "%sa%d", p, i + 1);
		} else if (k < 8) {
			g->type = T_REAL;
			g->rank = 2;
			g->lb[0] = rrange(0, 1);
			g->lb[1] = rrange(0, 1);
			g->ext[0] = rrange(3, 4);
			g->ext[1] = rrange(3, 4);
			features |= F_RANK2;
			snprintf(g->name, 16, "%sb%d", p, i + 1);
		} else {
			g->type = T_INT;
			g->isidx = 1;
			g->ilo = 1;
			g->ihi = IMAX;
			snprintf(g->name, 16, "%si%d", p, i + 1);
		}
		if (g->scope == S_COMMON)
			features |= F_COMMON;
		nglobals++;
	}
}

static char *decl_dims(const Var *v, const Routine *r)
{
	if (v->rank == 0)
		return sdup("");
	char *d0;
	if (v->decl == D_ASSUMED)
		d0 = v->lb[0] == 1 ? sdup("*") : sfmt("%d:*", v->lb[0]);
	else if (v->decl == D_ADJ)
		d0 = sdup(r->dum[v->adjvar].name);
	else if (v->lb[0] == 1)
		d0 = sfmt("%d", v->ext[0]);
	else
		d0 = sfmt("%d:%d", v->lb[0], v->lb[0] + v->ext[0] - 1);
	if (v->rank == 1)
		return sfmt("(%s)", d0);
	char *d1 = v->lb[1] == 1 ? sfmt("%d", v->ext[1]) : sfmt("%d:%d", v->lb[1], v->lb[1] + v->ext[1] - 1);
	return sfmt("(%s, %s)", d0, d1);
}

static const char *real_type(void)
{
	static const char *t[] = {"real(8)", "real(8)", "real(8)", "double precision", "real(kind=8)", "real*8"};
	static const char *tk[] = {"real(dp)", "real(dp)", "real(kind=dp)", "real(8)", "double precision"};
	return use_kinds ? tk[rnd(5)] : t[rnd(6)];
}

/* The dummies of routine i. */
static void make_dummies(Routine *r, int head)
{
	r->ndum = 0;
	if (head) {
		Var *d;
		d = &r->dum[r->ndum++];
		memset(d, 0, sizeof *d);
		snprintf(d->name, 16, "n");
		d->type = T_INT, d->intent = I_IN, d->ilo = d->ihi = head_n, d->gid = -1, d->adjvar = -1;
		const char *nm[] = {"x", "s", "y", "f"};
		for (int i = 0; i < 4; i++) {
			d = &r->dum[r->ndum++];
			memset(d, 0, sizeof *d);
			snprintf(d->name, 16, "%s", nm[i]);
			d->type = T_REAL;
			d->gid = -1;
			d->adjvar = -1;
			d->intent = i < 2 ? I_IN : I_OUT;
			if (i == 0 || i == 2) {
				d->rank = 1;
				d->lb[0] = 1;
				d->ext[0] = head_n;
			}
		}
		return;
	}
	int nd = rrange(1, r->isfunc ? 3 : 5);
	for (int i = 0; i < nd && r->ndum < 8; i++) {
		Var *d = &r->dum[r->ndum];
		memset(d, 0, sizeof *d);
		d->gid = -1;
		d->adjvar = -1;
		d->ilo = 1, d->ihi = IMAX;
		int k = rnd(10);
		int intent = r->isfunc ? I_IN : (chance(50) ? I_IN : chance(70) ? I_INOUT : I_OUT);
		d->intent = intent;
		if (k < 4) {
			d->type = T_REAL;
			snprintf(d->name, 16, "a%d", r->ndum + 1);
			r->ndum++;
		} else if (k < 5) {
			d->type = T_INT;
			d->isidx = 1;
			if (d->intent == I_OUT)
				d->intent = I_INOUT;
			snprintf(d->name, 16, "j%d", r->ndum + 1);
			r->ndum++;
		} else {
			d->type = T_REAL;
			int kind = rnd(10);
			if (kind < 5) {
				d->decl = D_FIXED;
				if (chance(25)) {
					d->rank = 2;
					d->lb[0] = rrange(0, 1), d->lb[1] = rrange(0, 1);
					d->ext[0] = 2, d->ext[1] = 3;
					features |= F_RANK2;
				} else {
					d->rank = 1;
					d->lb[0] = rrange(-1, 2);
					d->ext[0] = rrange(2, IMAX);
				}
			} else if (kind < 7) {
				d->decl = D_ASSUMED;
				d->rank = 1;
				d->lb[0] = rrange(0, 1);
				d->ext[0] = IMAX;
				features |= F_ASSUMED;
				if (intent == I_OUT)
					d->intent = I_INOUT; /* an out assumed-size array would need a loop to define */
			} else {
				/* adjustable: v(m) or v(m, 2); m an integer dummy before it */
				Var *m = d;
				m->type = T_INT;
				m->isidx = 1;
				m->decl = 0;
				m->intent = I_IN;
				if ((bugs_allowed & BUG_EXTENT) && !r->isfunc && chance(40)) {
					m->intent = I_INOUT;
					m->modified = 1;
				}
				snprintf(m->name, 16, "ne%d", r->ndum + 1);
				int mi = r->ndum++;
				d = &r->dum[r->ndum];
				memset(d, 0, sizeof *d);
				d->gid = -1;
				d->type = T_REAL;
				d->intent = intent == I_OUT ? I_INOUT : intent;
				d->decl = D_ADJ;
				d->adjvar = mi;
				d->rank = chance(30) ? 2 : 1;
				d->lb[0] = 1, d->ext[0] = IMAX;
				d->lb[1] = 1, d->ext[1] = 2;
				features |= F_ADJ;
			}
			snprintf(d->name, 16, "%s%d", d->rank == 2 ? "b" : "v", r->ndum + 1);
			r->ndum++;
		}
	}
}

/* `DIMENSION(2, 3)` (two constant extents) as an attribute: stad takes it for a COMPLEX constant
 * (found by this campaign, tests/gen/found/dimension_attr_complex.f90) */
static int dim_attr_ok(const Var *d)
{
	if (d->rank != 2 || d->decl == D_ADJ)
		return 1;
	if (!(bugs_allowed & BUG_DIMATTR))
		return 0;
	bugs_used |= BUG_DIMATTR;
	return 1;
}

/* Declarations of a routine's dummies. */
static void declare_dummies(Buf *b, const Routine *r)
{
	for (int i = 0; i < r->ndum; i++) {
		const Var *d = &r->dum[i];
		const char *in = d->intent == I_IN ? "in" : d->intent == I_OUT ? "out" : "inout";
		if (!strcmp(r->name, "head") && d->rank == 1) {
			bprintf(b, "  %s, intent(%s) :: %s(n)\n", real_type(), in, d->name);
			continue;
		}
		/* some dummies the F77 way: no INTENT (stad must find out what is written), a DIMENSION
		 * statement, no `::` */
		if (chance(15)) {
			const char *ty = d->type == T_INT ? "integer" : real_type();
			if (d->rank && chance(40) && dim_attr_ok(d))
				bprintf(b, "  %s %s\n  dimension %s%s\n", ty, d->name, d->name, decl_dims(d, r));
			else
				bprintf(b, "  %s %s%s\n", ty, d->name, decl_dims(d, r));
			features |= F_NOINTENT;
			continue;
		}
		if (d->type == T_INT)
			bprintf(b, "  integer, intent(%s) :: %s\n", in, d->name);
		else if (chance(15) && d->rank && dim_attr_ok(d))
			bprintf(b, "  %s, intent(%s), dimension%s :: %s\n", real_type(), in, decl_dims(d, r), d->name);
		else
			bprintf(b, "  %s, intent(%s) :: %s%s\n", real_type(), in, d->name, decl_dims(d, r));
	}
	if (r->opt)
		bprintf(b, "  %s, optional, intent(in) :: opt\n", real_type());
}

/* Load the variables visible in routine r: dummies, globals, locals (declared into decls). */
static void setup_scope(Routine *r, int head, Buf *init)
{
	nvars = 0;
	for (int i = 0; i < r->ndum; i++) {
		Var *v = var_add(r->dum[i].name, r->dum[i].type, r->dum[i].rank, S_DUMMY);
		*v = r->dum[i];
		v->scope = S_DUMMY;
		v->ro = v->intent == I_IN;
		if (head && i == 0) {
			v->isidx = 0;
			v->ro = 1;
		}
		if (v->decl == D_ADJ) {
			snprintf(v->extcopy, 16, "mc%d", i + 1);
			declare_int_local(v->extcopy); /* subscripts reduce modulo it: INTEGER(8) is fine */
			bprintf(init, "%s = %s\n", v->extcopy, r->dum[v->adjvar].name);
		}
	}
	/* an extent the routine redefines after entry (known-bug pattern) */
	for (int i = 0; i < r->ndum; i++)
		if (r->dum[i].modified) {
			bprintf(init, "%s = 1 + mod(%s + 1, %d)\n", r->dum[i].name, r->dum[i].name, IMAX);
			bugs_used |= BUG_EXTENT;
			vars[i].ro = 1; /* only that redefinition */
		}
	/* adjustable extents are not written by the body either (their copies keep the subscripts
	 * right; a written extent is the known-bug pattern above) */
	for (int i = 0; i < r->ndum; i++)
		if (r->dum[i].decl == D_ADJ)
			vars[r->dum[i].adjvar].ro = 1;
	for (int g = 0; g < nglobals; g++) {
		if (globals[g].scope == S_COMMON && !r->common)
			continue;
		Var *v = var_add(globals[g].name, globals[g].type, globals[g].rank, globals[g].scope);
		*v = globals[g];
		v->ro = r->isfunc || globals[g].bd;
	}
	/* locals */
	int nr = rrange(1, 3), na = rrange(0, 2), ni = rrange(1, 2);
	for (int i = 0; i < nr; i++) {
		Var *v = var_add(sfmt("r%d", i + 1), T_REAL, 0, S_LOCAL);
		bprintf(&decls, "  %s :: %s\n", real_type(), v->name);
		bprintf(init, "%s = %s\n", v->name, rconst(round2(rc(-1.5, 1.5))));
	}
	for (int i = 0; i < na; i++) {
		Var *v = var_add(sfmt("la%d", i + 1), T_REAL, 1, S_LOCAL);
		v->lb[0] = rrange(-1, 1);
		v->ext[0] = rrange(IMAX, 8);
		bprintf(&decls, "  %s :: %s%s\n", real_type(), v->name, decl_dims(v, r));
		bprintf(init, "%s = %s\n", v->name, rconst(round2(rc(-1.5, 1.5))));
	}
	if (partition_allowed && chance(60)) { /* pattern `partition`: a work array two dummies' parts fit in */
		Var *v = var_add("wpt1", T_REAL, 1, S_LOCAL);
		v->lb[0] = 1;
		v->ext[0] = 2 * IMAX + 2;
		bprintf(&decls, "  %s :: %s%s\n", real_type(), v->name, decl_dims(v, r));
		bprintf(init, "%s = %s\n", v->name, rconst(round2(rc(-1.5, 1.5))));
	}
	if (chance(30)) { /* read-only tables with DATA: real coefficients, integer indices in [1, 4] */
		Var *v = var_add("tb1", T_REAL, 1, S_LOCAL);
		v->lb[0] = 1, v->ext[0] = 4, v->ro = 1;
		bprintf(&decls, "  %s :: tb1(4)\n", real_type());
		const char *dk = use_kinds && chance(50) ? "_dp" : "d0";
		/* DATA constants: no parentheses; the statement among the declarations or, legacy, after the
		 * executable statements that read tb1 */
		bprintf(chance(25) ? &late_data : &decls, "  data tb1 /%.2f%s, %.2f%s, %.2f%s, %.2f%s/\n", round2(rc(-1.5, 1.5)),
		        dk, round2(rc(-1.5, 1.5)), dk, round2(rc(-1.5, 1.5)), dk, round2(rc(-1.5, 1.5)), dk);
		v = var_add("it1", T_INT, 1, S_LOCAL);
		v->lb[0] = 1, v->ext[0] = 4, v->ro = 1, v->ilo = 1, v->ihi = 4;
		if (chance(50)) /* DATA with an implied DO (its variable typed, as IMPLICIT NONE wants) */
			bprintf(&decls, "  integer :: it1(4), id1\n  data (it1(id1), id1 = 1, 4) /%d, %d, %d, %d/\n",
			        rrange(1, 4), rrange(1, 4), rrange(1, 4), rrange(1, 4));
		else
			bprintf(&decls, "  integer :: it1(4)\n  data it1 /%d, %d, %d, %d/\n", rrange(1, 4), rrange(1, 4),
			        rrange(1, 4), rrange(1, 4));
		features |= F_DATA;
	}
	if (chance(50)) {
		Var *v = var_add("lg1", T_LOG, 0, S_LOCAL);
		bprintf(&decls, "  logical :: %s\n", v->name);
		bprintf(init, "%s = %s\n", v->name, chance(50) ? ".true." : ".false.");
	}
	for (int i = 0; i < ni; i++) {
		Var *v = var_add(sfmt("k%d", i + 1), T_INT, 0, S_LOCAL);
		v->isidx = 1;
		bprintf(&decls, "  integer :: %s\n", v->name);
		bprintf(init, "%s = %d\n", v->name, rrange(1, IMAX));
	}
	/* intent(out) dummies are defined first */
	for (int i = 0; i < r->ndum; i++) {
		Var *v = &vars[i];
		if (v->intent != I_OUT)
			continue;
		if (v->rank == 0) {
			bprintf(init, "%s = %s\n", v->name, rconst(round2(rc(-1, 1))));
		} else {
			bprintf(init, "%s = %s\n", v->name, rconst(round2(rc(-1, 1))));
		}
	}
}

/* Head only: every global gets a value from the inputs first (so a call of head is a function of
 * its arguments alone). */
static void init_globals(Buf *init)
{
	if (use_chars)
		bprintf(init, "gmode = '%s'\n", char_words[rnd(6)]);
	for (int g = 0; g < nglobals; g++) {
		Var *v = &globals[g];
		if (v->bd)
			continue; /* BLOCK DATA's value reaches the head */
		if (v->type == T_INT) {
			bprintf(init, "%s = %d\n", v->name, rrange(1, IMAX));
			continue;
		}
		double a = round2(rc(0.2, 1.5));
		if (v->rank == 0) {
			bprintf(init, "%s = %s * x(%d) + %s * s\n", v->name, rconst(a), rrange(1, head_n),
			        rconst(round2(rc(-1, 1))));
		} else if (v->rank == 1) {
			bprintf(init, "do i0 = %d, %d\n", v->lb[0], v->lb[0] + v->ext[0] - 1);
			bprintf(init, "  %s(i0) = %s * sin(x(1 + mod(i0 + %d, n)) + %s * s)\n", v->name, rconst(a),
			        2 - v->lb[0] + rnd(3), rconst(round2(rc(0.1, 1))));
			bprintf(init, "end do\n");
		} else {
			bprintf(init, "do i0 = %d, %d\n", v->lb[1], v->lb[1] + v->ext[1] - 1);
			bprintf(init, "  do j0 = %d, %d\n", v->lb[0], v->lb[0] + v->ext[0] - 1);
			bprintf(init, "    %s(j0, i0) = %s * cos(x(1 + mod(i0 + 2 * j0 + %d, n)) * s)\n", v->name, rconst(a),
			        6 - v->lb[0] - v->lb[1]);
			bprintf(init, "  end do\n");
			bprintf(init, "end do\n");
		}
	}
}

static void emit_common(Buf *b)
{
	char *list = sdup("");
	for (int g = 0; g < nglobals; g++)
		if (globals[g].scope == S_COMMON) {
			bprintf(b, "  %s :: %s%s\n",
			        globals[g].type == T_INT ? "integer"
			                : use_kinds      ? "real(dp)"
			                                 : "real(8)",
			        globals[g].name, decl_dims(&globals[g], NULL));
			list = sfmt("%s%s%s", list, list[0] ? ", " : "", globals[g].name);
		}
	if (list[0])
		bprintf(b, "  common /cblk/ %s\n", list);
}

static int use_layout;    /* pattern `layout`: the head calls clay, which views /cblk/ differently */
static int use_blockdata; /* pattern `blockdata`: BLOCK DATA gblk initializes /cblk/ */

/* Pattern `layout`: subroutine clay declares /cblk/ as views of its members' storage, each
 * run of consecutive real members one array `cv<k>(n)` or `cv<k>(2, n/2)`, each integer a
 * scalar `cw<k>`, and sometimes stops after the first run (a prefix of the block); every real
 * is relaxed towards a sine of another (values stay in [-4, 4]: 0.5 * 4 + 0.25). */
static void emit_layout(Buf *b)
{
	bprintf(b, "subroutine clay()\n");
	if (use_kinds)
		bprintf(b, "  use gkinds\n");
	bprintf(b, "  implicit none\n  integer :: i0, j0\n");
	Buf body = {0};
	buf_put(&body, "", 0);
	char *list = sdup("");
	int nv = 0, prefix = chance(30);
	for (int g = 0; g < nglobals;) {
		const Var *v = &globals[g];
		if (v->scope != S_COMMON) {
			g++;
			continue;
		}
		if (v->type == T_INT) {
			bprintf(b, "  integer :: cw%d\n", g);
			list = sfmt("%s%scw%d", list, list[0] ? ", " : "", g);
			g++;
			continue;
		}
		int n = 0;
		for (; g < nglobals && globals[g].scope == S_COMMON && globals[g].type != T_INT; g++) {
			int m = 1;
			for (int d = 0; d < globals[g].rank; d++)
				m *= globals[g].ext[d];
			n += m;
		}
		nv++;
		const char *rt = use_kinds ? "real(dp)" : "real(8)";
		const char *c = use_kinds ? "_dp" : "d0";
		if (n % 2 == 0 && n > 2 && chance(50)) {
			bprintf(b, "  %s :: cv%d(2, %d)\n", rt, nv, n / 2);
			bprintf(&body, "  do j0 = 1, %d\n    do i0 = 1, 2\n", n / 2);
			bprintf(&body, "      cv%d(i0, j0) = 0.5%s * cv%d(i0, j0) + 0.25%s * sin(cv%d(3 - i0, %d - j0))\n", nv, c,
			        nv, c, nv, n / 2 + 1);
			bprintf(&body, "    end do\n  end do\n");
		} else {
			bprintf(b, "  %s :: cv%d(%d)\n", rt, nv, n);
			bprintf(&body, "  do i0 = 1, %d\n", n);
			bprintf(&body, "    cv%d(i0) = 0.5%s * cv%d(i0) + 0.25%s * sin(cv%d(%d - i0))\n", nv, c, nv, c, nv,
			        n + 1);
			bprintf(&body, "  end do\n");
		}
		list = sfmt("%s%scv%d", list, list[0] ? ", " : "", nv);
		if (prefix)
			break;
	}
	bprintf(b, "  common /cblk/ %s\n%s", list, body.s);
	bprintf(b, "end subroutine clay\n\n");
	free(body.s);
}

static int has_common(void)
{
	for (int g = 0; g < nglobals; g++)
		if (globals[g].scope == S_COMMON)
			return 1;
	return 0;
}

/* The routine's results depend on its inputs: each written real dummy (and written global) is
 * relaxed toward a bounded function of the real dummies and locals, so derivatives flow through
 * every call (a random body alone mostly writes locals nobody reads). */
static void mix_outputs(void)
{
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (v->type != T_REAL || v->ro || v->scope == S_LOCAL)
			continue;
		if (v->scope != S_DUMMY && !(is_global(v) && (cur->gwrite & (1u << v->gid))))
			continue;
		if (v->scope != S_DUMMY && chance(50))
			continue;
		char *sum = sdup("");
		for (int j = 0; j < nvars; j++) {
			Var *w = &vars[j];
			if (w->type != T_REAL || j == i || (w->scope != S_DUMMY && !chance(25)))
				continue;
			char *t = w->rank == 0 ? sdup(w->name) : elem_ref(w);
			note_read(w);
			sum = sfmt("%s%s%s", sum, sum[0] ? " + " : "", t);
		}
		if (!sum[0])
			continue;
		char *lhs = v->rank == 0 ? sdup(v->name) : elem_ref(v);
		note_write(v);
		line("%s = %s * %s + %s * tanh(%s * (%s))", lhs, rconst(0.5), lhs, rconst(round2(rc(0.5, 2.0))), rconst(0.3),
		     sum);
	}
}

static void move_indices(int head)
{
	if (head || in_function)
		return;
	for (int i = 0; i < nvars; i++) {
		Var *v = &vars[i];
		if (v->type != T_INT || !v->isidx || v->ro || v->scope == S_LOCAL)
			continue;
		if (!chance(v->scope == S_DUMMY ? 75 : 30))
			continue;
		note_read(v);
		note_write(v);
		line("%s = 1 + mod(%s + %d, %d)", v->name, v->name, rrange(1, 3), IMAX);
	}
}

/* Generate routine i's text into file. */
/* Pattern `readin`: the head opens readin.dat (written beside the program) and READs passive
 * parameters into new locals (list-directed rdk, rdp; formatted rdq(3)), sometimes an active
 * local's initial value (its derivative is zero after it), then values until the end of the
 * file (IOSTAT=) summed into rdw; sometimes a NAMELIST group (rdt and an element of rdq) before
 * those values, BACKSPACE twice and a non-advancing READ of the last record (its SIZE= into rdw);
 * CPU_TIME sometimes. The head runs again for every derivative
 * and finite difference, reading the same file from its start. */
static void gen_readin(Buf *init)
{
	features |= F_READIN;
	Buf *d = &readin_dat;
	buf_put(d, "", 0);
	int k = rrange(1, 3);
	double p = round2(rc(-1, 1));
	bprintf(&decls,
	        "  integer :: rdk, rds, rdc, rdu\n  %s :: rdp, rdw, rdt\n  %s :: rdq(3)\n  logical :: rde\n"
	        "  character(len=24) :: rdl\n",
	        real_type(), real_type());
	/* the unit: 61, or NEWUNIT= with IOSTAT= (a missing file would leave rdk and rdp as set) */
	const char *u = "61";
	if (chance(50)) {
		u = "rdu";
		bprintf(init,
		        "rdk = %d\nrdp = 0\nopen(newunit=rdu, file='readin.dat', status='old', action='read', "
		        "iostat=rds)\n",
		        k);
	} else
		bprintf(init, "open(61, file='readin.dat', status='old', action='read')\n");
	if (chance(40)) /* INQUIRE: the answers are passive values derivative code has too */
		bprintf(init, "inquire(file='readin.dat', exist=rde)\nif (.not. rde) rdk = %d\n", k);
	bprintf(d, "%d%s%.2f%s\n", k, chance(50) ? ", " : "   ", p, chance(30) ? " / ignored" : "");
	bprintf(init, "read(%s, *) rdk, rdp\n", u);
	for (int i = 0; i < 3; i++)
		bprintf(d, "%8.3f", round2(rc(-1, 1)));
	bprintf(d, "\n");
	bprintf(init, "read(%s, '(3f8.3)') rdq\n", u);
	if (chance(40)) { /* a record read whole, its fields by an internal READ */
		bprintf(d, "  %.2f %d\n", round2(rc(-0.5, 0.5)), rrange(1, 3));
		bprintf(init, "read(%s, '(a)') rdl\nread(rdl, *) rdt, rds\nrdp = rdp + rdt * rds\n", u);
	}
	Var *a = NULL;
	for (int i = 0; i < nvars && !a; i++)
		if (vars[i].scope == S_LOCAL && vars[i].type == T_REAL && vars[i].rank == 0 && chance(50))
			a = &vars[i];
	if (a) {
		bprintf(d, "%.2fd0\n", round2(rc(-1.5, 1.5)));
		bprintf(init, "read(%s, *) %s\n", u, a->name);
	}
	/* a NAMELIST group: an element of rdq, rdt, sometimes over two records; pattern `landed`:
	 * often a name with underscores (s17 trial A: '_' | 0x20 never matched), in either case */
	const char *nml = NULL;
	if (chance(landed_allowed && force_landed ? 85 : 40)) {
		static const char *const gn[] = {"rdg", "rd_g", "rd_nml", "run_2"};
		nml = gn[landed_allowed ? rnd(4) : 0];
		if (strchr(nml, '_'))
			features2 |= F2_NMLUNDER;
		bprintf(&decls, "  namelist /%s/ rdt, rdq\n", nml);
		bprintf(init, "rdt = 0.0d0\nread(%s, nml=%s)\nrdp = rdp + rdt\n", u, nml);
		char up[16];
		int upper = !strchr(nml, '_') || chance(50);
		for (int i = 0; i < 16; i++)
			up[i] = (char)(upper && nml[i] >= 'a' && nml[i] <= 'z' ? nml[i] - 32 : nml[i]);
		bprintf(d, "&%s rdq(%d) = %.2f,%s rdt = %.2f /\n", up, rrange(1, 3), round2(rc(-1, 1)), chance(50) ? "\n" : "",
		        round2(rc(-1, 1)));
	}
	int m = rrange(0, 3);
	for (int i = 0; i < m; i++)
		bprintf(d, "%s%.2f\n", chance(30) ? "  " : "", round2(rc(-0.5, 0.5)));
	bprintf(init,
	        "rdw = 0.0d0\nrdc = 0\ndo while (.true.)\n  read(%s, *, iostat=rds) rdt\n  if (rds /= 0) exit\n"
	        "  rdw = rdw + rdt\n  rdc = rdc + 1\nend do\n",
	        u);
	if (chance(40)) /* back before the end of the file, then over the last record: read it in part */
		bprintf(init,
		        "backspace(%s)\nbackspace %s\nread(%s, '(a)', advance='no', size=rds, iostat=rdc) rdl\n"
		        "rdw = rdw + 0.01d0 * rds\n",
		        u, u, u);
	bprintf(init, "close(%s)\n", u);
	if (chance(50))
		bprintf(init, "call cpu_time(rdt)\n");
	if (chance(40)) { /* a log the program writes and never reads: formatted or unformatted, IOSTAT=
	                   * on OPEN, WRITE and CLOSE (derivative code keeps them to set rds as the
	                   * primal does), ERR= on a WRITE (a jump never taken) */
		int unf = chance(50);
		const char *fm = unf ? "" : ", '(i4, f12.5)'";
		bprintf(init, "open(62, file='readin.log', status='replace'%s, iostat=rds)\n", unf ? ", form='unformatted'" : "");
		bprintf(init, "write(62%s, iostat=rds) rdk, rdp\nif (rds /= 0) rdp = rdp + 1\n", fm);
		if (nml && !unf && landed_allowed && chance(60)) { /* the group written back (output only) */
			features2 |= F2_NMLWRITE;
			bprintf(init, "write(62, nml=%s)\n", nml);
		}
		if (chance(50))
			bprintf(init, "write(62%s, err=4990) rdc, rdw\nrdp = rdp + 0.5d0\n4990 continue\n", fm);
		bprintf(init, "close(62, iostat=rds)\nrdp = rdp + rds\n");
	}
	if (accepted_allowed && chance(force_accepted ? 60 : 25)) {
		/* pattern `accepted`: unformatted sequential READs of passive data from readin.bin, which
		 * the generator writes as gfortran does (each record between two 4-byte lengths): an
		 * INTEGER and three REAL(8) in one record, sometimes a record skipped or read in part,
		 * then one-value records until the end of the file */
		features2 |= F2_UNFREAD;
		Buf *bb = &readin_bin;
		buf_put(bb, "", 0);
		bprintf(&decls, "  integer :: rbk\n  real(8) :: rbq(3), rbw, rbt, rbp\n");
		bprintf(init, "open(63, file='readin.bin', form='unformatted', status='old', action='read')\n"
		              "read(63) rbk, rbq\nrbw = 0.0d0\n");
		int32_t kk = rrange(1, 3);
		double q[3] = {round2(rc(-1, 1)), round2(rc(-1, 1)), round2(rc(-1, 1))};
		int32_t len = 28;
		buf_put(bb, (const char *)&len, 4), buf_put(bb, (const char *)&kk, 4), buf_put(bb, (const char *)q, 24);
		buf_put(bb, (const char *)&len, 4);
		int w = rnd(3);
		if (w) {
			double t2[2] = {round2(rc(-0.5, 0.5)), round2(rc(-0.5, 0.5))};
			len = 16;
			buf_put(bb, (const char *)&len, 4), buf_put(bb, (const char *)t2, 16), buf_put(bb, (const char *)&len, 4);
			bprintf(init, w == 1 ? "read(63)\n" : "read(63) rbt\nrbw = rbt\n");
		}
		int n = rrange(0, 3);
		for (int i = 0; i < n; i++) {
			double t = round2(rc(-0.5, 0.5));
			len = 8;
			buf_put(bb, (const char *)&len, 4), buf_put(bb, (const char *)&t, 8), buf_put(bb, (const char *)&len, 4);
		}
		bprintf(init, "do while (.true.)\n  read(63, iostat=rds) rbt\n  if (rds /= 0) exit\n  rbw = rbw + rbt\nend do\n"
		              "close(63)\nrbp = 0.25d0 * (rbq(1) - rbq(3)) + 0.1d0 * rbw + 0.1d0 * rbk\n");
		var_add("rbp", T_REAL, 0, S_LOCAL);
	}
	Var *v = var_add("rdk", T_INT, 0, S_LOCAL);
	v->ro = 1;
	v->ilo = v->ihi = k;
	var_add("rdp", T_REAL, 0, S_LOCAL);
	var_add("rdw", T_REAL, 0, S_LOCAL);
	v = var_add("rdq", T_REAL, 1, S_LOCAL);
	v->lb[0] = 1;
	v->ext[0] = 3;
}

static void gen_routine(int i, int *open_module)
{
	Routine *r = &routines[i];
	int head = i == nroutines - 1;
	cur = r;
	cur_index = i;
	in_function = r->isfunc;
	in_region = 0;
	loop_depth = 0;
	region_loop_base = 0;
	nstmts = 0;
	nfresh = 0;
	ntargets = 0;
	nlabels = 0;
	static const int budgets[] = {4, 8, 14, 22};
	budget = head ? budgets[size_knob] + 6 : budgets[size_knob];
	decls.n = 0;
	if (decls.s)
		decls.s[0] = 0;
	cur_uses_nrm = 0;
	pw_declared = 0;
	prs_declared = 0;
	landed_declared = landed_sf_declared = landed_eq_declared = 0;
	lang19_declared = 0;
	accepted_declared = accepted_s4_declared = accepted_d8_declared = 0;
	nrenames = 0;
	accuses.n = 0;
	if (accuses.s)
		accuses.s[0] = 0;
	sfdecls.n = 0;
	if (sfdecls.s)
		sfdecls.s[0] = 0;
	Buf init = {0};
	buf_put(&init, "", 0);
	if (head)
		bprintf(&decls, "  integer :: i0, j0\n");
	setup_scope(r, head, &init);
	if (head)
		init_globals(&init);
	if (head && use_layout)
		bprintf(&init, "call clay()\n");
	if (head && (bugs_allowed & PAT_READIN) &&
	    chance(force_readin ? 100 : (landed_allowed && force_landed) || (accepted_allowed && force_accepted) ? 50 : 20))
		gen_readin(&init);

	/* the body, into out */
	Buf saved = out;
	memset(&out, 0, sizeof out);
	buf_put(&out, "", 0);
	ind = 1;
	if (r->isfunc) {
		Var *res = var_add(r->resform ? "res" : r->name, T_REAL, 0, S_LOCAL);
		line("%s = %s", res->name, rconst(round2(rc(-1, 1))));
	}
	/* integers the caller passed or shares (module and COMMON indices) move: `k = k + 2` in the
	 * callee while the caller passed x(k) is the known-bug pattern `index` */
	int move_at_end = chance(50);
	if (!move_at_end)
		move_indices(head);
	/* types: the module state copied whole into a local structure, and sometimes back */
	int whole_state = use_types && !r->isfunc && chance(50);
	if (whole_state) {
		bprintf(&decls, "  type(gstate) :: ls\n");
		line("ls = gs");
		for (int g = 0; g < nglobals; g++)
			if (globals[g].scope == S_MODULE)
				note_read(&globals[g]);
	}
	/* pattern `internal`: an internal subroutine whose body uses the host's variables (its
	 * dummies, locals, result and globals; the loop counters it makes are host locals too),
	 * called from the host body (at least once, at its end if nowhere else) */
	Buf internal = {0};
	cur_internal = NULL;
	internal_calls = 0;
	internal_alloc = 0;
	int extent_moved = 0; /* an extent redefined on entry (pattern `extent`): stad refuses an
	                         internal procedure then (the host's array shapes must stay fixed) */
	for (int d = 0; d < r->ndum; d++)
		extent_moved |= r->dum[d].modified;
	if ((bugs_allowed & PAT_INTERNAL) && !extent_moved && (force_internal || chance(30))) {
		features |= F_INTERNAL;
		cur_internal = sfmt("ip_%s", r->name);
		Buf hostout = out;
		memset(&out, 0, sizeof out);
		buf_put(&out, "", 0);
		int save_n = nstmts, save_budget = budget, save_targets = ntargets, save_ind = ind;
		nstmts = 0;
		budget = budgets[size_knob] / 2 + 2;
		ntargets = 0;
		ind = 2;
		in_internal = 1;
		gen_block(2, 4);
		in_internal = 0;
		internal = out;
		out = hostout;
		nstmts = save_n;
		budget = save_budget;
		ntargets = save_targets;
		ind = save_ind;
	}
	gen_block(3, head ? 8 : 5);
	if (cur_internal && !internal_calls)
		line("call %s()", cur_internal);
	if (whole_state && chance(40)) {
		line("gs = ls");
		for (int g = 0; g < nglobals; g++)
			if (globals[g].scope == S_MODULE)
				note_write(&globals[g]);
	}
	if (move_at_end)
		move_indices(head);
	if (!head && !r->isfunc)
		mix_outputs();
	if (r->isfunc) {
		const char *res = r->resform ? "res" : r->name;
		Ex e = fit(gen_real(3), RMAX * 0.5);
		line("%s = %s * %s + %s", res, rconst(0.5), res, e.s);
	}
	if (r->opt) {
		/* pattern `optional`: PRESENT selects an active change of an output (|0.5 t + 0.25 opt| <= 3) */
		char *tgt = r->isfunc ? sdup(r->resform ? "res" : r->name) : NULL;
		for (int v = 0; v < nvars && !tgt; v++)
			if (vars[v].scope == S_DUMMY && vars[v].type == T_REAL && !vars[v].ro)
				tgt = vars[v].rank == 0 ? sdup(vars[v].name) : elem_ref(&vars[v]);
		if (tgt) {
			line("if (present(opt)) then");
			ind++;
			line("%s = %s * %s + %s * opt", tgt, rconst(0.5), tgt, rconst(0.25));
			ind--;
			if (chance(50)) {
				line("else");
				ind++;
				line("%s = %s * %s", tgt, rconst(0.75), tgt);
				ind--;
			}
			line("end if");
		}
	}
	if (head) {
		/* the outputs depend on much of the state */
		char *sum = sdup("");
		for (int v = 0; v < nvars; v++) {
			Var *w = &vars[v];
			if (w->type != T_REAL || !strcmp(w->name, "f") || !strcmp(w->name, "y"))
				continue;
			char *t = w->rank == 0 ? sdup(w->name) : elem_ref(w);
			sum = sfmt("%s%s%s", sum, sum[0] ? " + " : "", t);
		}
		line("f = %s * f + %s * tanh(%s)", rconst(0.5), rconst(0.5), sum[0] ? sum : "0.0d0");
		line("do i0 = 1, n");
		ind++;
		Ex e = fit(gen_real(2), 2.0);
		line("y(i0) = %s * y(i0) + %s * sin(%s * x(i0) + %s)", rconst(0.5), rconst(0.5), rconst(round2(rc(0.3, 1.5))),
		     e.s);
		ind--;
		line("end do");
	}
	Buf body = out;
	out = saved;

	/* the routine's text */
	int mod = r->module;
	if (*open_module >= 0 && mod != *open_module) {
		bprintf(&file, "end module m%d\n\n", *open_module);
		*open_module = -1;
	}
	if (mod >= 0 && *open_module != mod) {
		bprintf(&file, "module m%d\n%s  use mglob\n%s", mod, use_kinds ? "  use gkinds\n" : "",
		        landed_allowed ? "  use gmerge\n" : "");
		for (int k = 0; k < mod; k++)
			bprintf(&file, "  use m%d\n", k);
		bprintf(&file, "  implicit none\ncontains\n\n");
		*open_module = mod;
	}
	char *args = sdup("");
	for (int d = 0; d < r->ndum; d++)
		args = sfmt("%s%s%s", args, d ? ", " : "", r->dum[d].name);
	if (r->opt)
		args = sfmt("%s%sopt", args, r->ndum ? ", " : "");
	if (r->isfunc) {
		if (r->resform)
			bprintf(&file, "function %s(%s) result(res)\n", r->name, args);
		else
			bprintf(&file, "%s function %s(%s)\n", real_type(), r->name, args);
	} else {
		bprintf(&file, "subroutine %s(%s)\n", r->name, args);
	}
	bprintf(&file, "%s", accuses.s ? accuses.s : ""); /* pattern `accepted`: USE, ONLY with renames */
	if (mod < 0) {
		if (use_kinds)
			bprintf(&file, "  use gkinds\n");
		bprintf(&file, "  use mglob\n");
		if (landed_allowed)
			bprintf(&file, "  use gmerge\n");
		for (int k = 0; k < nmodules; k++) {
			/* modules whose routines come before this one */
			int used = 0;
			for (int j = 0; j < i; j++)
				if (routines[j].module == k)
					used = 1;
			if (used)
				bprintf(&file, "  use m%d\n", k);
		}
		bprintf(&file, "  implicit none\n");
	}
	declare_dummies(&file, r);
	if (r->isfunc && r->resform)
		bprintf(&file, "  %s :: res\n", real_type());
	for (int j = 0; j < i; j++)
		if ((calls_plain_func[i] >> j) & 1)
			bprintf(&file, "  %s, external :: %s\n", real_type(), routines[j].name);
	if (cur_uses_nrm)
		bprintf(&file, "  %s, external :: gx_nrm\n", real_type());
	bprintf(&file, "%s", decls.s ? decls.s : "");
	if (r->common)
		emit_common(&file);
	bprintf(&file, "%s", sfdecls.s ? sfdecls.s : "");
	/* init lines, indented */
	char *p = init.s;
	while (p && *p) {
		char *nl = strchr(p, '\n');
		bprintf(&file, "  %.*s\n", (int)(nl - p), p);
		p = nl + 1;
	}
	bprintf(&file, "%s", body.s);
	if (late_data.n) {
		bprintf(&file, "%s", late_data.s);
		late_data.n = 0;
		late_data.s[0] = 0;
	}
	if (cur_internal) {
		bprintf(&file, "contains\n  subroutine %s()\n%s  end subroutine %s\n", cur_internal, internal.s, cur_internal);
		free(internal.s);
		cur_internal = NULL;
	}
	if (r->isfunc)
		bprintf(&file, "end function %s\n\n", r->name);
	else
		bprintf(&file, "end subroutine %s\n\n", r->name);
	if (head && *open_module >= 0) {
		bprintf(&file, "end module m%d\n\n", *open_module);
		*open_module = -1;
	}
	free(body.s);
	free(init.s);
}

/* Pattern `landed` (s19), free form: a few code lines cut inside a token (a name, a number, an
 * operator) and continued on a line that starts with `&`, which joins the two with nothing
 * between (F2008 3.3.2.4): `co&` / `&s(x)`. Lines with a comment, a string or a label are kept. */
static char *split_free(const char *src)
{
	Buf b = {0};
	buf_put(&b, "", 0);
	for (const char *p = src; *p;) {
		const char *nl = strchr(p, 0x0a);
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		size_t indent = strspn(p, " ");
		int plain = indent < len && p[indent] != 0x21 && p[indent] != 0x23 && !(p[indent] >= 0x30 && p[indent] <= 0x39) &&
		        !memchr(p, 0x21, len) && !memchr(p, 0x27, len) && !memchr(p, 0x22, len);
		size_t cut = 0;
		if (plain && len > indent + 4 && chance(2)) {
			for (int t = 0; t < 8 && !cut; t++) {
				size_t c = indent + 1 + (size_t)rnd((int)(len - indent - 2));
				if (p[c - 1] != 0x20 && p[c] != 0x20 && p[c] != 0x26 && p[c - 1] != 0x26)
					cut = c;
			}
		}
		if (cut) {
			features2 |= F2_SPLIT_FREE;
			buf_put(&b, p, cut);
			bprintf(&b, "&\n%*s&", (int)indent + 2, "");
			buf_put(&b, p + cut, len - cut);
		} else {
			buf_put(&b, p, len);
		}
		if (nl)
			buf_put(&b, "\n", 1);
		p = nl ? nl + 1 : p + len;
	}
	return b.s;
}

/* The program in fixed form: statements from column 7 (labels in 1-5), 72 columns, continuation
 * lines with `&` in column 6; comment and directive lines from column 1 (`!`, sometimes `c` or `C`).
 * The free-form text is joined into statements first, then cut again: at a blank, or (pattern
 * `splittoken`, found/fixed_token_split_continuation.f) anywhere, even inside a name or a number. */
static char *to_fixed(const char *src)
{
	Buf b = {0};
	buf_put(&b, "", 0);
	const char *p = src;
	while (*p) {
		/* one statement: lines joined at a trailing " &" */
		Buf st = {0};
		buf_put(&st, "", 0);
		size_t indent = strspn(p, " ");
		int first = 1;
		for (;;) {
			const char *nl = strchr(p, 0x0a);
			size_t len = nl ? (size_t)(nl - p) : strlen(p);
			size_t sp = strspn(p, " ");
			const char *t = p + sp;
			size_t tl = len - sp;
			int cont = tl >= 2 && t[tl - 1] == 0x26 && t[tl - 2] == 0x20;
			if (!first)
				buf_put(&st, " ", 1);
			buf_put(&st, t, cont ? tl - 2 : tl);
			first = 0;
			p = nl ? nl + 1 : p + len;
			if (!cont || !*p)
				break;
		}
		const char *s = st.s;
		if (s[0] == 0x21) { /* comment or directive */
			if (!strncmp(s, "!$AD", 4) && chance(30))
				bprintf(&b, "%c%s\n", chance(50) ? 0x63 : 0x43, s + 1);
			else
				bprintf(&b, "%s\n", s);
			free(st.s);
			continue;
		}
		if (!s[0]) {
			bprintf(&b, "\n");
			free(st.s);
			continue;
		}
		char label[8] = "";
		size_t nd = strspn(s, "0123456789");
		if (nd && nd < 6 && s[nd] == 0x20) {
			memcpy(label, s, nd);
			label[nd] = 0;
			s += nd + 1;
		}
		if (indent > 20)
			indent = 20;
		int line_no = 0;
		int in_token = 0; /* the last line was cut inside a token: the rest goes on in column 7,
		                     as column-72 cutting does, or indented (blanks are insignificant) */
		while (*s) {
			int lind = in_token && chance(50) ? 0 : (int)indent;
			int w = 66 - lind;
			int n = (int)strlen(s);
			int cut = n;
			in_token = 0;
			if (n > w) {
				cut = w;
				if ((bugs_allowed & BUG_SPLITTOKEN) && chance(40)) {
					bugs_used |= BUG_SPLITTOKEN;
					in_token = s[cut] != 0x20 && s[cut - 1] != 0x20;
				} else {
					while (cut > 10 && s[cut] != 0x20)
						cut--;
					if (cut <= 10)
						cut = w;
				}
			}
			if (line_no == 0)
				bprintf(&b, "%-5s %*s%.*s\n", label, lind, "", cut, s);
			else
				bprintf(&b, "     &%*s%.*s\n", lind, "", cut, s);
			s += cut;
			line_no++;
		}
		free(st.s);
	}
	return b.s;
}

/* ------------------------------------------------------------------ drivers */

static double X0[16], XD[16], WY[16], S0, SD, WF;

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		fprintf(stderr, "stad_gen: cannot write %s\n", path);
		exit(1);
	}
}

/* The library routines as generated routines' calls see them (LIB_*). */
static void lib_dummy(Routine *r, const char *name, int rank, int intent)
{
	Var *d = &r->dum[r->ndum++];
	memset(d, 0, sizeof *d);
	snprintf(d->name, 16, "%s", name);
	d->type = T_REAL;
	d->rank = rank;
	d->lb[0] = 1;
	d->ext[0] = rank ? 6 : 0;
	d->decl = D_FIXED;
	d->intent = intent;
	d->gid = -1;
	d->adjvar = -1;
}

static void make_library(void)
{
	static const char *names[] = {"", "gx_axpy", "gx_nrm", "gx_clock", "gx_log"};
	for (int k = 1; k <= NLIB; k++) {
		Routine *r = &lib[k];
		memset(r, 0, sizeof *r);
		snprintf(r->name, 16, "%s", names[k]);
		r->lib = k;
		r->module = -1;
		r->isfunc = k == LIB_NRM;
	}
	lib_dummy(&lib[LIB_AXPY], "a", 0, I_IN);
	lib_dummy(&lib[LIB_AXPY], "x", 1, I_IN);
	lib_dummy(&lib[LIB_AXPY], "y", 1, I_INOUT);
	lib_dummy(&lib[LIB_NRM], "x", 1, I_IN);
	lib_dummy(&lib[LIB_CLOCK], "t", 0, I_OUT);
	lib_dummy(&lib[LIB_LOG], "x", 1, I_IN);
}

/* Their Fortran, with the derivatives a user writes (gfortran compiles it for the reference and
 * for the C builds), the C of the one the pragma declares, and the description. */
static const char extlib_f90[] = "! extlib.f90 (stad_gen): routines without source for stad, and their tangents and adjoints\n"
                                 "subroutine gx_axpy(a, x, y)\n"
                                 "  real(8), intent(in) :: a, x(6)\n  real(8), intent(inout) :: y(6)\n"
                                 "  y = 0.5d0 * (y + 0.25d0 * a * x)\nend subroutine gx_axpy\n\n"
                                 "subroutine gx_axpy_d(a, ad, x, xd, y, yd)\n"
                                 "  real(8), intent(in) :: a, ad, x(6), xd(6)\n  real(8), intent(inout) :: y(6), yd(6)\n"
                                 "  yd = 0.5d0 * (yd + 0.25d0 * (ad * x + a * xd))\n  y = 0.5d0 * (y + 0.25d0 * a * x)\n"
                                 "end subroutine gx_axpy_d\n\n"
                                 "! ab += x.yb/8, xb += a yb/8, yb = yb/2 (y on entry weighs 1/2)\n"
                                 "subroutine gx_axpy_b(a, ab, x, xb, y, yb)\n"
                                 "  real(8), intent(in) :: a, x(6), y(6)\n  real(8), intent(inout) :: ab, xb(6), yb(6)\n"
                                 "  ab = ab + 0.125d0 * sum(x * yb)\n  xb = xb + 0.125d0 * a * yb\n  yb = 0.5d0 * yb\n"
                                 "end subroutine gx_axpy_b\n\n"
                                 "real(8) function gx_nrm(x)\n  real(8), intent(in) :: x(6)\n  gx_nrm = sum(x * x) / 24\n"
                                 "end function gx_nrm\n\n"
                                 "subroutine gx_nrm_d(x, xd, r, rd)\n"
                                 "  real(8), intent(in) :: x(6), xd(6)\n  real(8), intent(out) :: r, rd\n"
                                 "  rd = sum(2 * x * xd) / 24\n  r = sum(x * x) / 24\nend subroutine gx_nrm_d\n\n"
                                 "subroutine gx_nrm_b(x, xb, r, rb)\n"
                                 "  real(8), intent(in) :: x(6), r\n  real(8), intent(inout) :: xb(6), rb\n"
                                 "  xb = xb + rb * 2 * x / 24\n  rb = 0\nend subroutine gx_nrm_b\n\n"
                                 "subroutine gx_clock(t)\n  real(8), intent(out) :: t\n  t = 0.5d0\nend subroutine gx_clock\n";

static const char extlib_c[] = "/* extlib.c (stad_gen): gx_log, declared by !$AD EXTERNAL PASSIVE: its C name for stad's code,\n"
                               " * gfortran's for the reference */\n"
                               "void gx_log(double *x);\nvoid gx_log_(double *x);\n"
                               "static double last;\n"
                               "void gx_log(double *x)\n{\n\tlast = x[0] + x[5];\n}\n"
                               "void gx_log_(double *x)\n{\n\tgx_log(x);\n}\n";

static const char extlib_lib[] = "# extlib.lib (stad_gen): the routines of extlib.f90\n"
                                 "subroutine gx_axpy(a, x, y) fortran\n"
                                 "  a real(8) in\n  x real(8)(*) in\n  y real(8)(*) inout\n  deps y: a x y\nend\n"
                                 "function gx_nrm(x) real(8) fortran\n  x real(8)(*) in\n  deps gx_nrm: x\nend\n"
                                 "subroutine gx_clock(t) passive fortran\n  t real(8) out\nend\n";

static char *main_f90(void)
{
	Buf b = {0};
	bprintf(&b, "! gfortran's reference run of head: y and f, one number a line, into ref.out (the program's\n");
	bprintf(&b, "! PRINT statements write to standard output)\n");
	bprintf(&b, "program main\n  implicit none\n  integer :: n, i\n  real(8) :: x(%d), s, y(%d), f\n", head_n, head_n);
	bprintf(&b, "  n = %d\n", head_n);
	for (int i = 0; i < head_n; i++)
		bprintf(&b, "  x(%d) = %.17gd0\n", i + 1, X0[i]);
	bprintf(&b, "  s = %.17gd0\n", S0);
	bprintf(&b, "  call head(n, x, s, y, f)\n");
	bprintf(&b, "  open(61, file='ref.out', status='replace')\n");
	bprintf(&b, "  do i = 1, n\n    write(61, '(ES26.17E3)') y(i)\n  end do\n");
	bprintf(&b, "  write(61, '(ES26.17E3)') f\n  close(61)\nend program main\n");
	return b.s;
}

/* A gfortran main calling the adjoint stad wrote with --fortran-abi: the gradient, one number a
 * line (x then s), to compare with the C driver's. */
static char *main_abi_f90(void)
{
	Buf b = {0};
	bprintf(&b, "! gfortran calls stad's adjoint (--fortran-abi): xb and sb, one number a line\n");
	bprintf(&b, "program main_abi\n  implicit none\n  integer :: n, i\n");
	bprintf(&b, "  real(8) :: x(%d), xb(%d), s, sb, y(%d), yb(%d), f, fb\n", head_n, head_n, head_n, head_n);
	bprintf(&b, "  n = %d\n", head_n);
	for (int i = 0; i < head_n; i++)
		bprintf(&b, "  x(%d) = %.17gd0\n  yb(%d) = %.17gd0\n", i + 1, X0[i], i + 1, WY[i]);
	bprintf(&b, "  s = %.17gd0\n  fb = %.17gd0\n  xb = 0\n  sb = 0\n  y = 0\n  f = 0\n", S0, WF);
	bprintf(&b, "  call head_b(n, x, xb, s, sb, y, yb, f, fb)\n");
	bprintf(&b, "  do i = 1, n\n    write(*, '(ES26.17E3)') xb(i)\n  end do\n");
	bprintf(&b, "  write(*, '(ES26.17E3)') sb\nend program main_abi\n");
	return b.s;
}

static char *arr(const double *v, int n)
{
	char *s = sdup("");
	for (int i = 0; i < n; i++)
		s = sfmt("%s%s%.17g", s, i ? ", " : "", v[i]);
	return s;
}

static char *drv_c(uint64_t seed)
{
	Buf b = {0};
	bprintf(&b,
	        "/* drv.c — checks stad's code for one generated program (stad_gen seed %llu).\n"
	        " *     ./drv NSITES NRANDOM PRIMAL_OUT REPORT_OUT\n"
	        " * PRIMAL_OUT: y and f of the primal, one number a line (compared with gfortran's).\n"
	        " * REPORT_OUT: `T td` (the tangent's directional derivative), `G i g` (the gradient with the\n"
	        " * default sites), `CHK what ok|WRONG|INCONCLUSIVE ...` lines. With NSITES > 0 (a --dynamic-sites\n"
	        " * build) the adjoint is also run with every site on, every site off and NRANDOM random strings\n"
	        " * in STAD_SITES. Exit status 0 (see the CHK lines), 2 on usage errors. */\n"
	        "#define _POSIX_C_SOURCE 200112L\n#include <math.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
	        "#include \"p.h\"\n#include \"d.h\"\n#include \"b.h\"\n\n",
	        (unsigned long long)seed);
	bprintf(&b, "enum { NH = %d };\n", head_n);
	/* REAL() of a REAL(8) in an active expression: a staircase of single-precision steps */
	bprintf(&b, "enum { STAIRCASE = %d };\n", (bugs_used & BUG_REAL) != 0);
	/* REAL(4) variables in the active computation (pattern `accepted`): their derivatives are
	 * REAL(4), so tangent and adjoint agree to about 1e-7 only (stad check's 1e-4, README) */
	bprintf(&b, "#define DOTTOL %s\n", (features2 & F2_REAL4) ? "1e-5" : "1e-10");
	bprintf(&b, "static const double X0[NH] = {%s}, XD[NH] = {%s}, WY[NH] = {%s};\n", arr(X0, head_n), arr(XD, head_n),
	        arr(WY, head_n));
	bprintf(&b, "static const double S0 = %.17g, SD = %.17g, WF = %.17g;\n\n", S0, SD, WF);
	bprintf(&b, "%s",
	        "/* J(x0 + h d) = WY . y + WF f */\n"
	        "static double objective(double h)\n{\n"
	        "\tint n = NH;\n\tdouble x[NH], y[NH], s = S0 + h * SD, f;\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\tx[i] = X0[i] + h * XD[i];\n"
	        "\thead(&n, x, &s, y, &f);\n"
	        "\tdouble J = WF * f;\n\tfor (int i = 0; i < NH; i++)\n\t\tJ += WY[i] * y[i];\n\treturn J;\n}\n\n"
	        "static unsigned long long lcg = %SEED%ull;\n"
	        "static int coin(void)\n{\n\tlcg = lcg * 6364136223846793005ull + 1442695040888963407ull;\n\treturn (int)(lcg >> 62) & 1;\n}\n\n"
	        "/* The adjoint with STAD_SITES = cfg (NULL: unset): the gradient (x then s) into g. */\n"
	        "static void adjoint(const char *cfg, double *g)\n{\n"
	        "\tif (cfg)\n\t\tsetenv(\"STAD_SITES\", cfg, 1);\n\telse\n\t\tunsetenv(\"STAD_SITES\");\n"
	        "\tint n = NH;\n\tdouble x[NH], xb[NH], y[NH], yb[NH], s = S0, sb = 0, f, fb = WF;\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\tx[i] = X0[i], xb[i] = 0, yb[i] = WY[i], y[i] = 0;\n\tf = 0;\n"
	        "\thead_b(&n, x, xb, &s, &sb, y, yb, &f, &fb);\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\tg[i] = xb[i];\n\tg[NH] = sb;\n}\n\n");
	bprintf(&b, "%s",
	        "int main(int argc, char **argv)\n{\n"
	        "\tif (argc != 5)\n\t\treturn 2;\n"
	        "\tint nsites = atoi(argv[1]), nrandom = atoi(argv[2]);\n"
	        "\tFILE *po = fopen(argv[3], \"w\"), *rep = fopen(argv[4], \"w\");\n\tif (!po || !rep)\n\t\treturn 2;\n"
	        "\tint n = NH, bad = 0;\n\tdouble x[NH], y[NH], s, f;\n"
	        "\t/* primal */\n"
	        "\tmemcpy(x, X0, sizeof x);\n\ts = S0;\n\thead(&n, x, &s, y, &f);\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\tfprintf(po, \"%.17e\\n\", y[i]);\n\tfprintf(po, \"%.17e\\n\", f);\n\tfclose(po);\n"
	        "\t/* tangent */\n"
	        "\tdouble xd[NH], yd[NH], yt[NH], sd = SD, fd = 0, ft;\n"
	        "\tmemcpy(x, X0, sizeof x);\n\tmemcpy(xd, XD, sizeof xd);\n\ts = S0;\n"
	        "\thead_d(&n, x, xd, &s, &sd, yt, yd, &ft, &fd);\n"
	        "\tdouble td = WF * fd, tscale = fabs(WF * fd);\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\ttd += WY[i] * yd[i], tscale += fabs(WY[i] * yd[i]);\n"
	        "\tfprintf(rep, \"T %.17e\\n\", td);\n"
	        "\tint tp = fabs(ft - f) <= 1e-12 * (1 + fabs(f));\n"
	        "\tfor (int i = 0; i < NH; i++)\n\t\ttp = tp && fabs(yt[i] - y[i]) <= 1e-12 * (1 + fabs(y[i]));\n"
	        "\tfprintf(rep, \"CHK tangent-primal %s\\n\", tp ? \"ok\" : \"WRONG the tangent's primal results differ from the primal's\");\n\tbad |= !tp;\n"
	        "\tif (!isfinite(td)) {\n\t\tfprintf(rep, \"CHK finite WRONG tangent not finite\\n\");\n\t\tbad = 1;\n\t}\n"
	        "\t/* adjoint, default sites */\n"
	        "\tdouble g0[NH + 1], g[NH + 1];\n\tadjoint(NULL, g0);\n"
	        "\tdouble ad = g0[NH] * SD, ascale = fabs(g0[NH] * SD), gmax = fabs(g0[NH]);\n"
	        "\tfor (int i = 0; i < NH; i++) {\n\t\tad += g0[i] * XD[i], ascale += fabs(g0[i] * XD[i]);\n\t\tif (fabs(g0[i]) > gmax)\n\t\t\tgmax = fabs(g0[i]);\n\t}\n"
	        "\tfor (int i = 0; i <= NH; i++)\n\t\tfprintf(rep, \"G %d %.17e\\n\", i, g0[i]);\n"
	        "\tdouble sc = tscale + ascale;\n"
	        "\tif (!(fabs(ad - td) <= DOTTOL * sc + 1e-300)) {\n\t\tfprintf(rep, \"CHK dot WRONG tangent %.17e adjoint %.17e (rel %.2e)\\n\", td, ad, fabs(ad - td) / (sc + 1e-300));\n\t\tbad = 1;\n\t} else\n\t\tfprintf(rep, \"CHK dot ok\\n\");\n");
	bprintf(&b, "%s",
	        "\t/* central differences, several steps: right if one agrees with the tangent; wrong if they\n"
	        "\t * converged to something else; else inconclusive (a jump: an IF or INT of an active value) */\n"
	        "\tstatic const double hs[] = {1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7};\n\tdouble fdv[6];\n"
	        "\tdouble ftol = 1e-6 * (tscale > 1e-3 ? tscale : 1e-3);\n\tint fdok = 0, fdconv = 0;\n"
	        "\tfor (int k = 0; k < 6; k++) {\n\t\tfdv[k] = (objective(hs[k]) - objective(-hs[k])) / (2 * hs[k]);\n"
	        "\t\tif (fabs(fdv[k] - td) <= ftol)\n\t\t\tfdok = 1;\n\t}\n"
	        "\t/* converged: the steps 1e-4, 1e-5 and 1e-6 agree with one another (a staircase, e.g. REAL() of\n"
	        "\t * a real(8), or a jump between them, does not) */\n"
	        "\tdouble lo = fdv[2], hi = fdv[2];\n\tfor (int k = 3; k <= 4; k++) {\n\t\tif (fdv[k] < lo)\n\t\t\tlo = fdv[k];\n\t\tif (fdv[k] > hi)\n\t\t\thi = fdv[k];\n\t}\n\tfdconv = hi - lo <= ftol * 0.1;\n"
	        "\t/* with a staircase, small steps that never cross a step converge to the derivative without\n"
	        "\t * that path; a larger step that does cross (1e-2 or 1e-3, within its truncation error) comes\n"
	        "\t * at least twice as near the tangent */\n"
	        "\tint stairs = STAIRCASE && fmin(fabs(fdv[0] - td), fabs(fdv[1] - td)) < 0.5 * fabs(fdv[2] - td);\n"
	        "\tif (fdok)\n\t\tfprintf(rep, \"CHK fd ok\\n\");\n"
	        "\telse if (fdconv && !stairs) {\n\t\tfprintf(rep, \"CHK fd WRONG tangent %.17e, differences\", td);\n\t\tfor (int k = 0; k < 6; k++)\n\t\t\tfprintf(rep, \" %.9e\", fdv[k]);\n\t\tfprintf(rep, \"\\n\");\n\t\tbad = 1;\n\t} else {\n"
	        "\t\tfprintf(rep, \"CHK fd INCONCLUSIVE%s tangent %.17e, differences\", stairs ? \" (REAL() staircase)\" : \"\", td);\n\t\tfor (int k = 0; k < 6; k++)\n\t\t\tfprintf(rep, \" %.9e\", fdv[k]);\n\t\tfprintf(rep, \"\\n\");\n\t}\n"
	        "\t/* the same gradient in every site configuration */\n"
	        "\tchar *cfg = malloc((size_t)nsites + 1);\n"
	        "\tfor (int c = 0; nsites > 0 && c < 2 + nrandom; c++) {\n"
	        "\t\tfor (int i = 0; i < nsites; i++)\n\t\t\tcfg[i] = c == 0 ? '1' : c == 1 ? '0' : (char)('0' + coin());\n\t\tcfg[nsites] = 0;\n"
	        "\t\tadjoint(cfg, g);\n\t\tint same = 1;\n"
	        "\t\tfor (int i = 0; i <= NH; i++)\n\t\t\tsame = same && fabs(g[i] - g0[i]) <= 1e-10 * gmax + 1e-300;\n"
	        "\t\tif (!same) {\n\t\t\tfprintf(rep, \"CHK sites WRONG STAD_SITES=%s gives another gradient:\", cfg);\n"
	        "\t\t\tfor (int i = 0; i <= NH; i++)\n\t\t\t\tif (fabs(g[i] - g0[i]) > 1e-10 * gmax)\n\t\t\t\t\tfprintf(rep, \" g%d %.12e vs %.12e\", i, g[i], g0[i]);\n\t\t\tfprintf(rep, \"\\n\");\n\t\t\tbad = 1;\n\t\t}\n\t}\n"
	        "\tif (nsites > 0)\n\t\tfprintf(rep, \"CHK sites %s\\n\", bad ? \"(see above)\" : \"ok\");\n"
	        "\tfprintf(rep, \"END %s\\n\", bad ? \"WRONG\" : \"ok\");\n\tfclose(rep);\n\treturn 0;\n}\n");
	/* the seed of the driver's random site strings */
	char *t = b.s, *at = strstr(t, "%SEED%");
	char *res = sfmt("%.*s%llu%s", (int)(at - t), t, (unsigned long long)(seed * 2654435761ull + 1), at + 6);
	return res;
}

/* ------------------------------------------------------------------ main */

static void usage(void)
{
	fprintf(stderr,
	        "usage: stad_gen SEED DIR [--exclude index,extent,sign,real,restrict,wholeself,dimattr,regionassumed,splittoken,parenvalue,kinds,external,arrays,goto,select,named,blockdata,types,unreached,chars,where,internal,keywords,alloc,optional,io,complex,afunc,layout,alloccomp,alloctype,readin,recur,fploop,argexpr,partition,procarg,linsolve,trials,landed,accepted|all|none] [--size 0-3] [--max-size 0-3] [--free|--fixed] [--kinds] [--types] [--where] [--internal] [--complex] [--afunc] [--elemental] [--layout] [--alloccomp] [--alloctype] [--readin] [--recur] [--fploop] [--procarg] [--linsolve] [--trials] [--landed] [--accepted]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		usage();
	char *end;
	unsigned long long seed = strtoull(argv[1], &end, 10);
	if (*end)
		usage();
	const char *dir = argv[2];
	size_knob = -1;
	for (int i = 3; i < argc; i++) {
		if (!strcmp(argv[i], "--exclude") && i + 1 < argc) {
			char *list = sdup(argv[++i]);
			for (char *w = strtok(list, ","); w; w = strtok(NULL, ",")) {
				if (!strcmp(w, "index"))
					bugs_allowed &= ~BUG_INDEX;
				else if (!strcmp(w, "extent"))
					bugs_allowed &= ~BUG_EXTENT;
				else if (!strcmp(w, "sign"))
					bugs_allowed &= ~BUG_SIGN;
				else if (!strcmp(w, "real"))
					bugs_allowed &= ~BUG_REAL;
				else if (!strcmp(w, "restrict"))
					bugs_allowed &= ~BUG_RESTRICT;
				else if (!strcmp(w, "wholeself"))
					bugs_allowed &= ~BUG_WHOLESELF;
				else if (!strcmp(w, "dimattr"))
					bugs_allowed &= ~BUG_DIMATTR;
				else if (!strcmp(w, "regionassumed"))
					bugs_allowed &= ~BUG_REGIONAS;
				else if (!strcmp(w, "splittoken"))
					bugs_allowed &= ~BUG_SPLITTOKEN;
				else if (!strcmp(w, "parenvalue"))
					bugs_allowed &= ~BUG_PARENVALUE;
				else if (!strcmp(w, "kinds"))
					bugs_allowed &= ~BUG_KINDS;
				else if (!strcmp(w, "external"))
					lib_allowed = 0; /* a feature, not a bug: programs without routines without source */
				else if (!strcmp(w, "arrays"))
					bugs_allowed &= ~PAT_ARRAYS;
				else if (!strcmp(w, "argexpr"))
					argexpr_allowed = 0;
				else if (!strcmp(w, "partition"))
					partition_allowed = 0;
				else if (!strcmp(w, "goto"))
					bugs_allowed &= ~PAT_GOTO;
				else if (!strcmp(w, "select"))
					bugs_allowed &= ~PAT_SELECT;
				else if (!strcmp(w, "named"))
					bugs_allowed &= ~PAT_NAMED;
				else if (!strcmp(w, "blockdata"))
					bugs_allowed &= ~PAT_BLOCKDATA;
				else if (!strcmp(w, "types"))
					bugs_allowed &= ~PAT_TYPES;
				else if (!strcmp(w, "unreached"))
					bugs_allowed &= ~PAT_UNREACHED;
				else if (!strcmp(w, "chars"))
					bugs_allowed &= ~PAT_CHARS;
				else if (!strcmp(w, "where"))
					bugs_allowed &= ~PAT_WHERE;
				else if (!strcmp(w, "internal"))
					bugs_allowed &= ~PAT_INTERNAL;
				else if (!strcmp(w, "keywords"))
					bugs_allowed &= ~PAT_KEYWORDS;
				else if (!strcmp(w, "alloc"))
					bugs_allowed &= ~PAT_ALLOC;
				else if (!strcmp(w, "optional"))
					bugs_allowed &= ~PAT_OPTIONAL;
				else if (!strcmp(w, "io"))
					bugs_allowed &= ~PAT_IO;
				else if (!strcmp(w, "stop"))
					bugs_allowed &= ~PAT_STOP;
				else if (!strcmp(w, "complex"))
					bugs_allowed &= ~PAT_COMPLEX;
				else if (!strcmp(w, "afunc"))
					bugs_allowed &= ~PAT_AFUNC;
				else if (!strcmp(w, "layout"))
					bugs_allowed &= ~PAT_LAYOUT;
				else if (!strcmp(w, "alloccomp"))
					bugs_allowed &= ~PAT_ALLOCCOMP;
				else if (!strcmp(w, "alloctype"))
					bugs_allowed &= ~PAT_ALLOCTYPE;
				else if (!strcmp(w, "readin"))
					bugs_allowed &= ~PAT_READIN;
				else if (!strcmp(w, "recur"))
					bugs_allowed &= ~PAT_RECUR;
				else if (!strcmp(w, "fploop"))
					bugs_allowed &= ~PAT_FPLOOP;
				else if (!strcmp(w, "procarg"))
					procarg_allowed = 0;
				else if (!strcmp(w, "linsolve"))
					linsolve_allowed = 0;
				else if (!strcmp(w, "trials"))
					trials_allowed = 0;
				else if (!strcmp(w, "landed"))
					landed_allowed = 0;
				else if (!strcmp(w, "accepted"))
					accepted_allowed = 0;
				else if (!strcmp(w, "all"))
					bugs_allowed = 0, procarg_allowed = 0, argexpr_allowed = 0, linsolve_allowed = 0, partition_allowed = 0,
					trials_allowed = 0, landed_allowed = 0, accepted_allowed = 0;
				else if (!strcmp(w, "none") || !*w)
					;
				else {
					fprintf(stderr, "stad_gen: unknown pattern '%s'\n", w);
					usage();
				}
			}
		} else if (!strcmp(argv[i], "--kinds")) {
			force_kinds = 1;
		} else if (!strcmp(argv[i], "--types")) {
			force_types = 1;
		} else if (!strcmp(argv[i], "--where")) {
			force_where = 1;
		} else if (!strcmp(argv[i], "--complex")) {
			force_complex = 1;
		} else if (!strcmp(argv[i], "--procarg")) {
			force_procarg = 1;
		} else if (!strcmp(argv[i], "--linsolve")) {
			force_linsolve = 1;
		} else if (!strcmp(argv[i], "--trials")) {
			force_trials = 1;
		} else if (!strcmp(argv[i], "--landed")) {
			force_landed = 1;
		} else if (!strcmp(argv[i], "--accepted")) {
			force_accepted = 1;
		} else if (!strcmp(argv[i], "--recur")) {
			force_recur = 1;
		} else if (!strcmp(argv[i], "--afunc")) {
			force_afunc = 1;
		} else if (!strcmp(argv[i], "--elemental")) {
			force_elemental = 1;
		} else if (!strcmp(argv[i], "--layout")) {
			force_layout = 1;
		} else if (!strcmp(argv[i], "--alloccomp")) {
			force_alloccomp = 1;
		} else if (!strcmp(argv[i], "--alloctype")) {
			force_alloctype = 1;
		} else if (!strcmp(argv[i], "--readin")) {
			force_readin = 1;
		} else if (!strcmp(argv[i], "--fploop")) {
			force_fploop = 1;
		} else if (!strcmp(argv[i], "--internal")) {
			force_internal = 1;
		} else if (!strcmp(argv[i], "--free")) {
			form = 0;
		} else if (!strcmp(argv[i], "--fixed")) {
			form = 1;
		} else if (!strcmp(argv[i], "--max-size") && i + 1 < argc) {
			max_size = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
			size_knob = atoi(argv[++i]);
			if (size_knob < 0 || size_knob > 3)
				usage();
		} else {
			usage();
		}
	}
	rng_state = seed * 0x2545f4914f6cdd1dull + 12345;
	if (size_knob < 0) { /* mostly small programs: cheap to check, small to reduce */
		int k = rnd(10);
		size_knob = k < 4 ? 0 : k < 7 ? 1 : k < 9 ? 2 : 3;
	}
	if (size_knob > max_size)
		size_knob = max_size;
	head_n = rrange(IMAX, 9);
	use_kinds = (bugs_allowed & BUG_KINDS) && (chance(40) || force_kinds);
	use_chars = (bugs_allowed & PAT_CHARS) && chance(40);
	if (use_kinds)
		features |= F_KINDS;

	make_globals();
	use_types = (bugs_allowed & PAT_TYPES) && (chance(35) || force_types);
	default_real8 = accepted_allowed && chance(force_accepted ? 30 : 5);
	if (default_real8)
		features2 |= F2_DEFREAL8;
	if (use_types) {
		/* the module's globals become components of gs; some real scalars of gs%sub */
		features |= F_TYPES;
		for (int g = 0; g < nglobals; g++) {
			if (globals[g].scope != S_MODULE)
				continue;
			int nested = globals[g].type == T_REAL && globals[g].rank == 0 && chance(50);
			char *nn = sfmt(nested ? "gs%%sub%%%s" : "gs%%%s", globals[g].name);
			size_t len = strlen(nn);
			if (len >= sizeof globals[g].name) {
				fprintf(stderr, "stad_gen: global name too long\n");
				exit(1);
			}
			memcpy(globals[g].name, nn, len + 1);
		}
	}
	make_library();
	nroutines = rrange(2, 3 + 2 * size_knob);
	if (nroutines > MAXR)
		nroutines = MAXR;
	/* kinds and modules: runs of consecutive routines form a module */
	nmodules = 0;
	int curmod = -1;
	int common_any = has_common();
	use_layout = 0;
	if (common_any && (bugs_allowed & PAT_LAYOUT)) {
		/* only when the block has a real member: else there is nothing to view */
		for (int g = 0; g < nglobals; g++)
			if (globals[g].scope == S_COMMON && globals[g].type != T_INT)
				use_layout = 1;
		use_layout = use_layout && (force_layout || chance(40));
		if (use_layout)
			features |= F_LAYOUT;
	}
	/* a BLOCK DATA for the COMMON block (written after the routines); one member of the block,
	 * an integer or (when clay does not rewrite the reals) a real scalar, keeps the value it
	 * gives: the head does not set it and nothing writes it, so a BLOCK DATA left out shows */
	use_blockdata = common_any && (bugs_allowed & PAT_BLOCKDATA) && chance(35);
	if (use_blockdata) {
		int cand[MAXG], nc = 0;
		for (int g = 0; g < nglobals; g++)
			if (globals[g].scope == S_COMMON && !globals[g].rank && (globals[g].type == T_INT || !use_layout))
				cand[nc++] = g;
		if (nc && chance(80))
			globals[cand[rnd(nc)]].bd = 1;
	}
	for (int i = 0; i < nroutines; i++) {
		Routine *r = &routines[i];
		memset(r, 0, sizeof *r);
		int head = i == nroutines - 1;
		r->isfunc = !head && i > 0 && chance(30);
		if (!head && i == 0)
			r->isfunc = chance(20);
		r->resform = r->isfunc && chance(30);
		if (head) {
			r->module = -1;
		} else if (curmod >= 0 && chance(60)) {
			r->module = curmod;
		} else if (chance(50)) {
			r->module = curmod = nmodules++;
			features |= F_MODULE;
		} else {
			r->module = -1;
			curmod = -1;
		}
		if (r->module < 0 && !head)
			curmod = -1;
		r->common = common_any && (head || chance(50));
		r->opt = (bugs_allowed & PAT_OPTIONAL) && r->module >= 0 && chance(40);
		if (head)
			snprintf(r->name, 16, "head");
		else
			snprintf(r->name, 16, "%s%d", r->isfunc ? "fn" : r->module >= 0 ? "mp" : "sp", i + 1);
		make_dummies(r, head);
	}
	/* a plain function used by a routine must be declared there: functions are referenced only
	 * through gen_funcall, which any routine may do; declare every earlier plain function */
	for (int i = 0; i < nroutines; i++)
		for (int j = 0; j < i; j++)
			if (routines[j].isfunc && routines[j].module < 0)
				calls_plain_func[i] |= 1u << j;

	bprintf(&file, "! stad_gen seed %llu: a random program for stad's campaign (tests/gen)\n", seed);
	if (use_kinds) {
		/* the kinds every unit uses: dp = 8 and ik = 8 in one of their spellings */
		static const char *dps[] = {"kind(1.0d0)", "selected_real_kind(15, 307)", "selected_real_kind(p=12)", "real64",
		                            "8"};
		static const char *iks[] = {"selected_int_kind(18)", "int64", "8", "kind(1_8)"};
		const char *dp = dps[rnd(5)], *ik = iks[rnd(4)];
		bprintf(&file, "module gkinds\n");
		if (!strcmp(dp, "real64") || !strcmp(ik, "int64"))
			bprintf(&file, "  use%s iso_fortran_env, only: real64, int64\n", chance(50) ? ", intrinsic ::" : "");
		bprintf(&file, "  implicit none\n  integer, parameter :: dp = %s\n  integer, parameter :: ik = %s\n", dp, ik);
		bprintf(&file, "end module gkinds\n\n");
	}
	bprintf(&file, "module mglob\n%s  implicit none\n", use_kinds ? "  use gkinds\n" : "");
	if (use_types) {
		int nsub = 0;
		for (int g = 0; g < nglobals; g++)
			nsub += globals[g].scope == S_MODULE && !strncmp(globals[g].name, "gs%sub%", 7);
		for (int pass = nsub ? 0 : 1; pass < 2; pass++) {
			bprintf(&file, "  type %s\n", pass ? "gstate" : "gsub");
			for (int g = 0; g < nglobals; g++) {
				const char *nm = globals[g].name;
				if (globals[g].scope != S_MODULE || !!strncmp(nm, "gs%sub%", 7) != pass)
					continue;
				bprintf(&file, "    %s :: %s%s\n",
				        globals[g].type == T_INT ? "integer"
				                : use_kinds      ? "real(kind=dp)"
				                                 : "real(8)",
				        strrchr(nm, '%') + 1, decl_dims(&globals[g], NULL));
			}
			if (pass && nsub)
				bprintf(&file, "    type(gsub) :: sub\n");
			bprintf(&file, "  end type\n");
		}
		bprintf(&file, "  type(gstate) :: gs\n");
	}
	if (use_chars)
		bprintf(&file, "  character(len=*), parameter :: gfg = 'FG'\n  character(len=8) :: gmode\n");
	for (int g = 0; g < nglobals; g++)
		if (globals[g].scope == S_MODULE && !use_types)
			bprintf(&file, "  %s :: %s%s\n",
			        globals[g].type == T_INT ? "integer"
			                : use_kinds      ? "real(kind=dp)"
			                                 : "real(8)",
			        globals[g].name, decl_dims(&globals[g], NULL));
	if ((bugs_allowed & PAT_ALLOC) && (bugs_allowed & PAT_ALLOCCOMP))
		bprintf(&file,
		        "  type gwk\n"
		        "    real(8), allocatable :: w(:), h(:, :)\n"
		        "  end type gwk\n");
	if ((bugs_allowed & PAT_ALLOC) && (bugs_allowed & PAT_ALLOCTYPE))
		bprintf(&file,
		        "  type gpt\n"
		        "    real(8) :: a, b(0:1)\n"
		        "    integer :: k = 2\n"
		        "  end type gpt\n");
	if (linsolve_allowed)
		bprintf(&file, "  real(8) :: gl_c(5), gl_u(0:5), gl_r(0:5), gl_res(0:5), gl_p(0:5), gl_q(0:5)\n");
	if (trials_allowed)
		bprintf(&file, "  real(8) :: gt_s\n  character(len=1) :: gt_ch\n  character(len=8) :: gt_tag\n");
	if (landed_allowed)
		/* pattern `landed` (s19): a type with default initialization, a named constant of it, a
		 * CHARACTER PARAMETER array given by a constructor */
		bprintf(&file,
		        "  type gpq\n"
		        "    real(8) :: a = 0.5d0, b = -0.25d0\n"
		        "    integer :: n = 3\n"
		        "  end type gpq\n"
		        "  type(gpq), parameter :: gpq0 = gpq(0.75d0, n = 2)\n"
		        "  character(len=3), parameter :: gnames(3) = ['upw', 'cen', 'mmd']\n"); /* (no blank:
		        fixed form cuts lines at blanks) */
	if (landed_allowed)
		/* pattern `landed`: a type with CHARACTER components (a scalar and an array), generic
		 * interfaces whose specifics differ by a CHARACTER dummy, one with trailing OPTIONALs */
		bprintf(&file,
		        "  type gtc\n"
		        "    character(len=6) :: name\n"
		        "    character(len=3) :: tags(3)\n"
		        "    real(8) :: v\n"
		        "  end type gtc\n"
		        "  interface gg_step\n"
		        "    module procedure gg_step_c, gg_step_k, gg_pick\n"
		        "  end interface gg_step\n"
		        "  interface gg_sc\n"
		        "    module procedure gg_sc1, gg_sc2\n"
		        "  end interface gg_sc\n");
	if (procarg_allowed)
		bprintf(&file,
		        "  abstract interface\n"
		        "    real(8) function gp_fn(t)\n"
		        "      real(8), intent(in) :: t\n"
		        "    end function gp_fn\n"
		        "  end interface\n");
	if ((bugs_allowed & (PAT_ALLOC | PAT_AFUNC | PAT_RECUR)) || procarg_allowed || linsolve_allowed || trials_allowed ||
	    landed_allowed)
		bprintf(&file, "contains\n");
	if (landed_allowed)
		/* pattern `landed`: |x|, |c|, |w|, |a|, |s|, |t%v| <= 4 keep every result within 4:
		 * gg_step_c 3.4 + 0.5 (w), times (2 + p) / 8 <= 1; gg_step_k 3; gg_sc1 4; gg_sc2 4; gg_pick 3.1 */
		bprintf(&file,
		        "  subroutine gg_step_c(x, tag, c, w, p)\n"
		        "    real(8), intent(inout) :: x\n"
		        "    character(len=*), intent(in) :: tag\n"
		        "    real(8), intent(in) :: c\n"
		        "    real(8), intent(in), optional :: w\n"
		        "    integer, intent(in), optional :: p\n"
		        "    if (tag(1:1) == 'd') then\n"
		        "      x = 0.5d0 * x + 0.25d0 * sin(c)\n"
		        "    else if (len_trim(tag) > 4) then\n"
		        "      x = 0.5d0 * x * cos(c)\n"
		        "    else\n"
		        "      x = 0.75d0 * x + 0.1d0 * c\n"
		        "    end if\n"
		        "    if (present(w)) x = x + 0.125d0 * w * cos(x)\n"
		        "    if (present(p)) x = x * (2 + p) / 8d0\n"
		        "  end subroutine gg_step_c\n"
		        "  subroutine gg_step_k(x, k, c)\n"
		        "    real(8), intent(inout) :: x\n"
		        "    integer, intent(in) :: k\n"
		        "    real(8), intent(in) :: c\n"
		        "    x = 0.5d0 * x + 0.25d0 * c * sin(k * x)\n"
		        "  end subroutine gg_step_k\n"
		        "  real(8) function gg_sc1(a, s)\n"
		        "    real(8), intent(in) :: a\n"
		        "    real(8), intent(in), optional :: s\n"
		        "    gg_sc1 = 0.5d0 * a\n"
		        "    if (present(s)) gg_sc1 = 0.25d0 * a * s\n"
		        "  end function gg_sc1\n"
		        "  real(8) function gg_sc2(tag, a)\n"
		        "    character(len=*), intent(in) :: tag\n"
		        "    real(8), intent(in) :: a\n"
		        "    select case (tag(1:1))\n"
		        "    case ('l')\n"
		        "      gg_sc2 = 0.5d0 * a\n"
		        "    case ('q')\n"
		        "      gg_sc2 = 0.25d0 * a * a\n"
		        "    case default\n"
		        "      gg_sc2 = 2d0 * sin(a)\n"
		        "    end select\n"
		        "  end function gg_sc2\n"
		        "  subroutine gg_pick(t, x)\n"
		        "    type(gtc), intent(in) :: t\n"
		        "    real(8), intent(inout) :: x\n"
		        "    select case (t%%name(1:3))\n"
		        "    case ('sal')\n"
		        "      x = 0.5d0 * x + 0.25d0 * t%%v\n"
		        "    case ('tem', 'tmp')\n"
		        "      x = 0.5d0 * x * cos(t%%v)\n"
		        "    case default\n"
		        "      x = 0.75d0 * x\n"
		        "    end select\n"
		        "    if (t%%tags(3) == 'ocn') x = x + 0.1d0 * sin(t%%v)\n"
		        "  end subroutine gg_pick\n");
	if (trials_allowed)
		/* pattern `trials`: |x| <= 4 gives |gt_out| <= 2.25, gt_s within 0.5 * 2 + 0.25 * 4, gt_val's
		 * x within 2.25, gt_smooth's w within 0.5 * 4 + 0.25 * 4, gt_tab within 0.5 */
		bprintf(&file,
		        "  real(8) function gt_out(x)\n"
		        "    real(8), intent(inout) :: x\n"
		        "    x = 0.5d0 * x + 0.25d0 * sin(x)\n"
		        "    gt_out = x\n"
		        "  end function gt_out\n"
		        "  real(8) function gt_put(x)\n"
		        "    real(8), intent(in) :: x\n"
		        "    gt_s = 0.5d0 * gt_s + 0.25d0 * x\n"
		        "    gt_put = x\n"
		        "  end function gt_put\n"
		        "  subroutine gt_val(k, c, x)\n"
		        "    integer, value :: k\n"
		        "    real(8), value :: c\n"
		        "    real(8), intent(inout) :: x\n"
		        "    c = 0.5d0 * c + 0.25d0 * x\n"
		        "    k = 1 + mod(k + 2, 6)\n"
		        "    x = 0.5d0 * x + 0.25d0 * sin(c * k)\n"
		        "  end subroutine gt_val\n"
		        "  subroutine gt_smooth(m, v, w)\n"
		        "    integer, intent(in) :: m\n"
		        "    real(8), intent(in) :: v(m)\n"
		        "    real(8), intent(inout) :: w(m)\n"
		        "    integer :: i\n"
		        "    do i = 1, m\n"
		        "      w(i) = 0.5d0 * w(i) + 0.25d0 * sin(v(i)) * v(m + 1 - i)\n"
		        "    end do\n"
		        "  end subroutine gt_smooth\n"
		        "  real(8) function gt_tab(k)\n"
		        "    integer, intent(in) :: k\n"
		        "    logical, save :: first = .true.\n"
		        "    real(8), save :: tab(6)\n"
		        "    integer :: i\n"
		        "    if (first) then\n"
		        "      do i = 1, 6\n"
		        "        tab(i) = 0.5d0 * cos(0.7d0 * i)\n"
		        "      end do\n"
		        "      first = .false.\n"
		        "    end if\n"
		        "    gt_tab = tab(k)\n"
		        "  end function gt_tab\n");
	if (linsolve_allowed)
		/* pattern `linsolve`: A u on the interior 1..4, reading the boundary values u(0), u(5) */
		bprintf(&file,
		        "  subroutine gl_amul(v, w)\n"
		        "    real(8), intent(in) :: v(0:5)\n"
		        "    real(8), intent(inout) :: w(0:5)\n"
		        "    integer :: i\n"
		        "    do i = 1, 4\n"
		        "      w(i) = (gl_c(i) + gl_c(i+1) + 0.5d0) * v(i) - gl_c(i) * v(i-1) - gl_c(i+1) * v(i+1)\n"
		        "    end do\n"
		        "  end subroutine gl_amul\n"
		        "  subroutine gl_cg()\n"
		        "    real(8) :: rz, rz0, alpha, pq, rzn\n"
		        "    integer :: i, k\n"
		        "    call gl_amul(gl_u, gl_q)\n"
		        "    rz = 0\n"
		        "    do i = 1, 4\n"
		        "      gl_res(i) = gl_r(i) - gl_q(i)\n"
		        "      gl_p(i) = gl_res(i)\n"
		        "      rz = rz + gl_res(i) * gl_res(i)\n"
		        "    end do\n"
		        "    gl_p(0) = 0\n"
		        "    gl_p(5) = 0\n"
		        "    rz0 = rz\n"
		        "    k = 0\n"
		        "    do while (k < 4 .and. rz > 1d-30 * rz0)\n"
		        "      call gl_amul(gl_p, gl_q)\n"
		        "      pq = 0\n"
		        "      do i = 1, 4\n"
		        "        pq = pq + gl_p(i) * gl_q(i)\n"
		        "      end do\n"
		        "      alpha = rz / pq\n"
		        "      rzn = 0\n"
		        "      do i = 1, 4\n"
		        "        gl_u(i) = gl_u(i) + alpha * gl_p(i)\n"
		        "        gl_res(i) = gl_res(i) - alpha * gl_q(i)\n"
		        "        rzn = rzn + gl_res(i) * gl_res(i)\n"
		        "      end do\n"
		        "      do i = 1, 4\n"
		        "        gl_p(i) = gl_res(i) + (rzn / rz) * gl_p(i)\n"
		        "      end do\n"
		        "      rz = rzn\n"
		        "      k = k + 1\n"
		        "    end do\n"
		        "  end subroutine gl_cg\n"
		        /* the non-symmetric A (upwinded: -1.2 c(i) left, -0.8 c(i+1) right; diagonally
		         * dominant by at least 0.4), its transpose, and Jacobi sweeps to rounding */
		        "  subroutine gl_ns_amul(v, w)\n"
		        "    real(8), intent(in) :: v(0:)\n"
		        "    real(8), intent(inout) :: w(0:)\n"
		        "    integer :: i\n"
		        "    do i = 1, 4\n"
		        "      w(i) = (gl_c(i) + gl_c(i+1) + 0.5d0) * v(i) - 1.2d0 * gl_c(i) * v(i-1) - 0.8d0 * gl_c(i+1) * v(i+1)\n"
		        "    end do\n"
		        "  end subroutine gl_ns_amul\n"
		        "  subroutine gl_ns_amult(v, w)\n"
		        "    real(8), intent(in) :: v(0:)\n"
		        "    real(8), intent(inout) :: w(0:)\n"
		        "    integer :: i\n"
		        "    do i = 1, 4\n"
		        "      w(i) = (gl_c(i) + gl_c(i+1) + 0.5d0) * v(i) - 0.8d0 * gl_c(i) * v(i-1) - 1.2d0 * gl_c(i+1) * v(i+1)\n"
		        "    end do\n"
		        "  end subroutine gl_ns_amult\n"
		        "  subroutine gl_jac()\n"
		        "    real(8) :: err\n"
		        "    integer :: i, k\n"
		        "    k = 0\n"
		        "    err = 1\n"
		        "    do while (k < 400 .and. err > 1d-15)\n"
		        "      call gl_ns_amul(gl_u, gl_q)\n"
		        "      err = 0\n"
		        "      do i = 1, 4\n"
		        "        gl_res(i) = gl_r(i) - gl_q(i)\n"
		        "        err = max(err, abs(gl_res(i)))\n"
		        "      end do\n"
		        "      do i = 1, 4\n"
		        "        gl_u(i) = gl_u(i) + gl_res(i) / (gl_c(i) + gl_c(i+1) + 0.5d0)\n"
		        "      end do\n"
		        "      k = k + 1\n"
		        "    end do\n"
		        "  end subroutine gl_jac\n");
	if (procarg_allowed)
		/* pattern `procarg`: |gp_sq(t)| <= 4 and |gp_wave(t)| <= 2 for |t| <= 4, so gp_apply keeps
		 * |x| <= 0.5 * 4 + 0.25 * 4 + 0.125 * 4 < 4, and gp_twice's second c is within 4 */
		bprintf(&file,
		        "  real(8) function gp_sq(t)\n"
		        "    real(8), intent(in) :: t\n"
		        "    gp_sq = 0.25d0 * t * t\n"
		        "  end function gp_sq\n"
		        "  real(8) function gp_wave(t)\n"
		        "    real(8), intent(in) :: t\n"
		        "    gp_wave = 2d0 * sin(t) * cos(0.5d0 * t)\n"
		        "  end function gp_wave\n"
		        "  subroutine gp_apply(f, x, c)\n"
		        "    procedure(gp_fn) :: f\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    x = 0.5d0 * x + 0.25d0 * f(c) + 0.125d0 * f(0.5d0 * x)\n"
		        "  end subroutine gp_apply\n"
		        "  subroutine gp_twice(g, x, c)\n"
		        "    real(8), external :: g\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    call gp_apply(g, x, c)\n"
		        "    call gp_apply(g, x, 0.5d0 * (x + c))\n"
		        "  end subroutine gp_twice\n");
	if (bugs_allowed & PAT_RECUR)
		/* pattern `recur`: RECURSIVE procedures, the depth k bounded by the caller (0..4) and
		 * decremented each call; |x| stays within RMAX (0.5 |x| + 0.25 + 0.5 <= 4), each
		 * activation keeps its own locals (t, keep) across the call that follows */
		bprintf(&file,
		        "  recursive subroutine gr_down(k, x, c)\n"
		        "    integer, intent(in) :: k\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    real(8) :: t\n"
		        "    t = 0.5d0 * sin(x * c)\n"
		        "    if (k > 0) call gr_down(k - 1, x, t)\n"
		        "    x = 0.5d0 * x + 0.5d0 * t * cos(x)\n"
		        "  end subroutine gr_down\n"
		        "  recursive subroutine gr_even(k, x, c)\n"
		        "    integer, intent(in) :: k\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    real(8) :: keep(2)\n"
		        "    keep(1) = tanh(x)\n"
		        "    keep(2) = 0.25d0 * c\n"
		        "    x = 0.5d0 * x + keep(2)\n"
		        "    if (k > 0) call gr_odd(k - 1, x, keep(1))\n"
		        "    x = 0.5d0 * x * keep(1) + 0.25d0 * keep(2)\n"
		        "  end subroutine gr_even\n"
		        "  recursive subroutine gr_odd(k, x, c)\n"
		        "    integer, intent(in) :: k\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    real(8) :: t\n"
		        "    t = 0.5d0 * exp(-x * x)\n"
		        "    if (k > 0) call gr_even(k - 1, x, c * t)\n"
		        "    x = 0.5d0 * x + t * c\n"
		        "  end subroutine gr_odd\n");
	if (bugs_allowed & PAT_AFUNC)
		/* pattern `afunc`: array-valued functions, one shaped by a dummy (and reversing its
		 * argument), one by SIZE of an assumed-shape dummy */
		bprintf(&file,
		        "  function ga_rev(m, x) result(w)\n"
		        "    integer, intent(in) :: m\n"
		        "    real(8), intent(in) :: x(m)\n"
		        "    real(8) :: w(m)\n"
		        "    w = 0.5d0 * x(m:1:-1) + 0.25d0 * sin(x)\n"
		        "  end function ga_rev\n"
		        "  function ga_half(x)\n"
		        "    real(8), intent(in) :: x(:)\n"
		        "    real(8) :: ga_half(size(x))\n"
		        "    ga_half = 0.5d0 * x * cos(x)\n"
		        "  end function ga_half\n"
		        "  elemental real(8) function ge_sq(x)\n"
		        "    real(8), intent(in) :: x\n"
		        "    ge_sq = 0.25d0 * x * x\n"
		        "  end function ge_sq\n"
		        "  elemental real(8) function ge_mix(x, c)\n"
		        "    real(8), intent(in) :: x, c\n"
		        "    ge_mix = 0.5d0 * x + 0.25d0 * c * sin(x)\n"
		        "  end function ge_mix\n"
		        "  elemental subroutine ge_relax(x, c)\n"
		        "    real(8), intent(inout) :: x\n"
		        "    real(8), intent(in) :: c\n"
		        "    x = 0.5d0 * x + 0.25d0 * c * sin(x)\n"
		        "  end subroutine ge_relax\n");
	if (bugs_allowed & PAT_ALLOC)
		/* pattern `alloc`: ALLOCATABLE dummies (module procedures, so with an explicit
		 * interface): one allocates the caller's array (freeing it first), one whose INTENT(OUT)
		 * dummy is deallocated on entry and reallocated by a whole-array assignment */
		bprintf(&file,
		        "  subroutine ga_fill(a, lo, m, c)\n"
		        "    real(8), allocatable, intent(inout) :: a(:)\n"
		        "    integer, intent(in) :: lo, m\n"
		        "    real(8), intent(in) :: c\n"
		        "    integer :: i\n"
		        "    if (allocated(a)) deallocate(a)\n"
		        "    allocate(a(lo:lo + m - 1))\n"
		        "    do i = lo, lo + m - 1\n"
		        "      a(i) = 0.5d0 * sin(c + 0.3d0 * i)\n"
		        "    end do\n"
		        "  end subroutine ga_fill\n"
		        "  subroutine ga_scale(b, a, c)\n"
		        "    real(8), allocatable, intent(out) :: b(:)\n"
		        "    real(8), allocatable, intent(in) :: a(:)\n"
		        "    real(8), intent(in) :: c\n"
		        "    b = a * c\n"
		        "  end subroutine ga_scale\n");
	if ((bugs_allowed & PAT_ALLOC) && (bugs_allowed & PAT_ALLOCCOMP))
		/* pattern `alloccomp`: a dummy of a type with ALLOCATABLE components */
		bprintf(&file,
		        "  subroutine gwk_scale(s, c)\n"
		        "    type(gwk), intent(inout) :: s\n"
		        "    real(8), intent(in) :: c\n"
		        "    if (allocated(s%%w)) s%%w = c * s%%w\n"
		        "    if (allocated(s%%h)) s%%h(:, 1) = c * s%%h(:, 1)\n"
		        "  end subroutine gwk_scale\n"
		        "  subroutine gwk_all(ss, m, c)\n"
		        "    integer, intent(in) :: m\n"
		        "    type(gwk), intent(inout) :: ss(m)\n"
		        "    real(8), intent(in) :: c\n"
		        "    integer :: i\n"
		        "    do i = 1, m\n"
		        "      if (allocated(ss(i)%%w)) ss(i)%%w = c * ss(i)%%w\n"
		        "    end do\n"
		        "    if (.not. allocated(ss(m)%%h)) then\n"
		        "      allocate(ss(m)%%h(2, 1))\n"
		        "      ss(m)%%h = c\n"
		        "    end if\n"
		        "  end subroutine gwk_all\n");
	if ((bugs_allowed & PAT_ALLOC) && (bugs_allowed & PAT_ALLOCTYPE))
		/* pattern `alloctype`: ALLOCATABLE dummies of an array of structures (|values| <= 0.5) */
		bprintf(&file,
		        "  subroutine gpt_fill(p, lo, m, c)\n"
		        "    type(gpt), allocatable, intent(out) :: p(:)\n"
		        "    integer, intent(in) :: lo, m\n"
		        "    real(8), intent(in) :: c\n"
		        "    integer :: i\n"
		        "    allocate(p(lo:lo + m - 1))\n"
		        "    do i = lo, lo + m - 1\n"
		        "      p(i)%%a = 0.5d0 * sin(c + 0.3d0 * i)\n"
		        "      p(i)%%b = [0.5d0 * p(i)%%a, 0.25d0 * cos(c * p(i)%%k)]\n"
		        "    end do\n"
		        "  end subroutine gpt_fill\n"
		        "  subroutine gpt_scale(p, c)\n"
		        "    type(gpt), allocatable, intent(inout) :: p(:)\n"
		        "    real(8), intent(in) :: c\n"
		        "    if (.not. allocated(p)) return\n"
		        "    p%%a = c * p%%a\n"
		        "    p%%b(1) = 0.5d0 * (p%%b(1) * c + p%%a)\n"
		        "  end subroutine gpt_scale\n");
	bprintf(&file, "end module mglob\n\n");
	if (landed_allowed)
		/* pattern `landed`: the generic gg_sc extended in a second module, merged where both are
		 * USEd (|gg_sc3| <= 2) */
		bprintf(&file,
		        "module gmerge\n"
		        "  implicit none\n"
		        "  interface gg_sc\n"
		        "    module procedure gg_sc3\n"
		        "  end interface gg_sc\n"
		        "contains\n"
		        "  real(8) function gg_sc3(k, a)\n"
		        "    integer, intent(in) :: k\n"
		        "    real(8), intent(in) :: a\n"
		        "    gg_sc3 = 0.5d0 * a * cos(0.25d0 * k)\n"
		        "  end function gg_sc3\n"
		        "end module gmerge\n\n");
	int open_module = -1;
	for (int i = 0; i < nroutines; i++)
		gen_routine(i, &open_module);
	if ((bugs_allowed & PAT_UNREACHED) && chance(30)) {
		/* never called: stad translates the head's call tree only, and warns about this one */
		features |= F_UNREACHED;
		int unit = rrange(10, 99);
		bprintf(&file, "subroutine report(v, m)\n  use mglob\n  implicit none\n  integer :: m\n  real(8) :: v(m)\n");
		bprintf(&file, "  open(%d, file='report.txt', status='replace')\n", unit);
		bprintf(&file, "  write(%d, 100) v\n100 format(4es14.6)\n", unit);
		bprintf(&file, "  inquire(unit=%d, size=m)\n  close(%d)\nend subroutine report\n\n", unit, unit);
	}

	for (int i = 0; i < head_n; i++) {
		X0[i] = round2(rc(0.5, 1.5));
		XD[i] = round2(rc(-1, 1));
		WY[i] = round2(rc(-1, 1));
	}
	S0 = round2(rc(0.5, 1.5));
	SD = round2(rc(-1, 1));
	WF = round2(rc(0.5, 1.5));

	if (use_layout)
		emit_layout(&file);
	/* a BLOCK DATA for the COMMON block (drawn before the routines, written after them); the
	 * head sets every global first but the one marked bd, whose value only BLOCK DATA gives */
	if (use_blockdata) {
		features |= F_BLOCKDATA;
		bprintf(&file, "block data gblk\n");
		if (use_kinds)
			bprintf(&file, "  use gkinds\n");
		bprintf(&file, "  implicit none\n");
		emit_common(&file);
		for (int g = 0; g < nglobals; g++) {
			const Var *v = &globals[g];
			if (v->scope != S_COMMON)
				continue;
			int n = 1;
			for (int d = 0; d < v->rank; d++)
				n *= v->ext[d];
			const char *val = v->type == T_INT ? sfmt("%d", v->bd ? rrange(2, IMAX) : 1)
			                                   : rconst(round2(rc(0.1, 1))); /* positive: no parentheses */
			if (n > 1)
				bprintf(&file, "  data %s /%d*%s/\n", v->name, n, val);
			else
				bprintf(&file, "  data %s /%s/\n", v->name, val);
		}
		bprintf(&file, "end block data gblk\n\n");
	}

	/* a quarter of the programs in fixed form (drawn last: the program is the same either way) */
	if (form == 1 || (form < 0 && chance(25))) {
		features |= F_FIXED;
		write_file(dir, "prog.f", to_fixed(file.s));
	} else {
		write_file(dir, "prog.f90", landed_allowed ? split_free(file.s) : file.s);
	}
	write_file(dir, "main.f90", main_f90());
	if (!use_types)
		write_file(dir, "main_abi.f90", main_abi_f90());
	write_file(dir, "drv.c", drv_c(seed));
	write_file(dir, "spec", "head(y,f)/(x,s)\n");
	if (readin_dat.n)
		write_file(dir, "readin.dat", readin_dat.s);
	if (default_real8)
		write_file(dir, "opts", "--default-real-8\n");
	if (readin_bin.n) {
		char path[4096];
		snprintf(path, sizeof path, "%s/readin.bin", dir);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(readin_bin.s, 1, readin_bin.n, f) != readin_bin.n || fclose(f) != 0) {
			fprintf(stderr, "stad_gen: cannot write %s\n", path);
			exit(1);
		}
	}
	if (lib_used) {
		write_file(dir, "extlib.f90", extlib_f90);
		write_file(dir, "extlib.c", extlib_c);
		write_file(dir, "extlib.lib", extlib_lib);
	}
	Buf fb = {0};
	buf_put(&fb, "", 0);
	for (size_t k = 0; k < sizeof feature_names / sizeof *feature_names; k++)
		if (features & (1ull << k))
			bprintf(&fb, "%s ", feature_names[k]);
	for (size_t k = 0; k < sizeof feature2_names / sizeof *feature2_names; k++)
		if (features2 & (1ull << k))
			bprintf(&fb, "%s ", feature2_names[k]);
	static const char *bug_names[] = {"bug-index",      "bug-extent",    "bug-sign",    "bug-real",
	                                  "bug-restrict",   "bug-wholeself", "bug-dimattr", "bug-regionassumed",
	                                  "bug-splittoken", "bug-parenvalue"};
	for (int k = 0; k < 10; k++)
		if (bugs_used & (1u << k))
			bprintf(&fb, "%s ", bug_names[k]);
	bprintf(&fb, "size%d\n", size_knob);
	write_file(dir, "features", fb.s);
	return 0;
}
