/*
 * ckp.h — call-site checkpoints (prefix ckp_): enumeration of the call sites of the
 * differentiated call tree with ids `caller:callee#k` (the k-th call of callee in caller, in
 * source order: an edit that does not add or remove such calls keeps them; tables written before
 * those ids, `caller:line:callee`, are still read), the toggle table file, and
 * the precedence that decides each site's state:
 *     table entry > --nocheckpoint / --default-nocheckpoint > !$AD pragma > default (on, or
 *     with --default-checkpoint auto chosen from sizes: ad/auto.c).
 */
#ifndef STAD_CKP_H
#define STAD_CKP_H

#include "ir.h"

typedef enum CkpWhy { WHY_DEFAULT, WHY_PRAGMA, WHY_OPTION, WHY_TABLE, WHY_FORCED, WHY_AUTO } CkpWhy;

typedef struct CkpSite {
	const char *id;   /* "caller:callee#k": the k-th call of callee in caller ("binomial" for a
	                   BINOMIAL-CKP loop) */
	int line;         /* its source line (tables show it as a comment) */
	const char *file; /* and file (shown when the program comes from several) */
	IrStmt *stmt;     /* the CALL statement (or the region's first statement) */
	IrUnit *caller, *callee;
	int index; /* position in CkpSites.v */
	int on;    /* checkpointed (joint) or not (split) */
	CkpWhy why;
	int is_region;   /* CHECKPOINT-START/END fragment */
	int is_binomial; /* BINOMIAL-CKP loop (a profile site, not a toggle) */
	int is_external; /* a call of a routine without source: always checkpointed, not a toggle */
	int is_linsolve; /* a call under !$AD LINEAR-SOLVE: on = its linear-solve adjoint (joint: the
	                    primal solver runs untaped), off = the solver taped (split); set by a table
	                    entry only (not bitwise: listed as a comment line, like an FP-LOOP) */
	int is_fploop;   /* an !$AD FP-LOOP (in CkpSites.fp, not v): on = its two-phase adjoint, off =
	                    every iteration taped; set by a table entry only */
	/* --default-checkpoint auto (why = WHY_AUTO): the estimate it chose from (ad/auto.c) */
	const char *reason;
	double auto_tape;       /* bytes one run of the callee's forward sweep pushes */
	double auto_snap;       /* bytes of the site's snapshot */
	double auto_calls;      /* dynamic instances of the site */
	double auto_work;       /* assignments one run of the callee's primal executes */
	int auto_kept_off;      /* a previous pass chose off: analysed (TBR) as off, so it stays off */
	const char *forced_why; /* why a site is forced off, when a reason is known ("reads input (READ at
	                           f.f90:12)"): `stad calls` and `stad diff --verbose` say it */
} CkpSite;

typedef struct CkpSites {
	CkpSite **v;
	int n;
	/* the !$AD FP-LOOPs, `caller:fploop#k` (the k-th in caller): table entries, kept apart from
	 * v because they are no call-site checkpoints (no profile site, no run-time switch) */
	CkpSite **fp;
	int nfp;
	int auto_done;         /* --default-checkpoint auto ran (ad/auto.c) */
	double auto_head_tape; /* ... and the head's forward sweep pushes this many bytes */
	int auto_assumed;      /* ... some size in it assumed */
	CkpSite **by_stmt;     /* ckp_site_of's index by statement (open addressing; NULL: scan v) */
	size_t by_stmt_cap;
} CkpSites;

/* One line of a toggle table. */
typedef struct CkpEntry {
	const char *id;
	int on;
	int line; /* line in the table file */
	const char *comment;
	int used;
} CkpEntry;

typedef struct CkpTable {
	const char *path;
	IrSource *src; /* its text, where diagnostics about its lines point */
	CkpEntry *v;
	int n;
} CkpTable;

#define CKP_TABLE_HEADER "# stad checkpoint table v1"

/* One line of a toggle table as table.c reads it (offsets into the line). */
typedef struct CkpLine {
	int entry;         /* a site and its state (else a blank or comment line) */
	size_t id0, idlen; /* the site id */
	int on;
	int has_comment;
	size_t c0, clen; /* the comment after `#` */
	size_t errcol;   /* on error: 1-based column */
	char msg[200];   /* on error: what is wrong */
} CkpLine;
/* Reads line number lineno (1-based; s need not be NUL-terminated): 0, or -1 with l->msg. */
int ckp_table_line(const char *s, size_t n, int lineno, CkpLine *l);
/* One row of a table to write: a site, its state and a comment (id NULL: a comment line). */
typedef struct CkpRow {
	const char *id;
	int on;
	const char *comment;
} CkpRow;
/* The text of a table (malloc'ed): the header, `# header_comment`, then the rows aligned. Every
 * table stad writes (stad calls, stad profile --write-table, stad tune) is made here. */
char *ckp_table_text(const CkpRow *rows, int n, const char *header_comment);
/* One site of a configuration to write as a table (stad tune). */
typedef struct CkpConfigSite {
	const char *id;
	int is_binomial; /* a BINOMIAL-CKP loop: no toggle, a snapshot count */
	int on;          /* call site: its state in the configuration */
	int default_on;  /* call site: its state in the default configuration */
	int snaps;       /* binomial loop: its snapshot count in the configuration, 0 = the directive's */
	int fixed;       /* a call of a routine without source: not a toggle, left out */
} CkpConfigSite;
/* The table of a configuration: a row per call site ("as default" or "tuned"), and for each
 * binomial loop whose count the configuration sets a comment line saying how to get it
 * (STAD_SNAPS or the directive), since a snapshot count is not a table entry. Malloc'ed. */
char *ckp_config_table_text(const CkpConfigSite *s, int n, const char *header_comment);
/* caller:callee#k, or caller:line:callee as stad wrote before site numbers (line and k positive
 * numbers without leading zeros). */
int ckp_valid_site_id(const char *id, size_t n);
/* 1 for the old form caller:line:callee. */
int ckp_old_site_id(const char *id, size_t n);

/* Read a table; errors are reported as "table:line:col: error: ..." and counted. NULL on I/O
 * errors (reported). */
CkpTable *ckp_table_read(IrProgram *prog, const char *path);
/* The same on a table's text (malloc'ed, NUL-terminated; taken over and freed); path names it
 * in messages. The table lives in prog's arena, its errors count in prog. */
CkpTable *ckp_table_parse(IrProgram *prog, const char *path, char *text);
/* Text of a table for `sites` (one line per site, with comments), allocated in the arena. */
char *ckp_table_format(IrArena *a, const CkpSites *sites, const char *header_comment);

/* Number the call sites of every unit in `units` (the differentiated call tree) in order. */
CkpSites *ckp_sites_collect(IrArena *a, IrUnit *const *units, int nunits);
CkpSite *ckp_site_of(const CkpSites *s, const IrStmt *stmt);

/* What becomes of a table's entry (stad calls --update-table): the site it names now, or NULL
 * with why in msg. An entry in the old form names the site at its line when there is one there;
 * else, when the caller has one call of the callee only, that one (carried over); else nothing. */
const CkpSite *ckp_entry_site(const CkpSites *s, const CkpEntry *en, int *carried, char *msg, size_t msglen);
/* The table text with every entry of t that can be carried over renamed to its site's id (its
 * comment kept), the others as comment lines saying why. *ndropped: how many. Malloc'ed. */
char *ckp_table_update(const CkpSites *s, const CkpTable *t, int *ndropped);

/* Decide each site's state. nocheckpoint: blank/comma separated callee names. Returns the
 * number of errors (unknown or stale table ids, unknown callee names). */
int ckp_sites_decide(CkpSites *s, const CkpTable *table, const char *nocheckpoint, int default_off, const int *force, int nforce);
const char *ckp_why_name(CkpWhy w);

#endif
