/*
 * prof_table.h — the checkpoint toggle table (DESIGN §5), read and written on its own so that
 * it can move to checkpoint/ unchanged. Text, one site a line:
 *
 *     # stad checkpoint table v1
 *     step:rhs#1         off   # tuned: -0.84 s, peak +1.2 MiB
 *     burgers:step#1     on
 *
 * Blank lines and lines starting with '#' are comments. A file stad writes starts with the
 * header line above; stad overwrites only such files.
 */
#ifndef STAD_PROF_TABLE_H
#define STAD_PROF_TABLE_H

#include <stddef.h>

#include "ckp.h" /* the table format and its line reader */

#define PROF_TABLE_HEADER CKP_TABLE_HEADER

typedef struct ProfTableEntry {
	char *id;      /* "caller:callee#k" (or, from older tables, "caller:line:callee") */
	int on;        /* 1 on (checkpointed), 0 off */
	char *comment; /* text after '#', trimmed; NULL if none */
	int line;      /* line in the file it was read from; 0 if set in memory */
} ProfTableEntry;

typedef struct ProfTable {
	ProfTableEntry *v;
	size_t n, cap;
} ProfTable;

ProfTable *prof_table_new(void); /* NULL when out of memory */
void prof_table_free(ProfTable *t);

/* Reads a table. Errors go to err as "FILE:LINE:COL: error: message"; returns NULL then. */
ProfTable *prof_table_read(const char *path, char *err, size_t errlen);
ProfTable *prof_table_parse(const char *text, size_t len, const char *name, char *err, size_t errlen);

/* 1 if id has the form caller:callee#k or caller:line:callee (names without blanks, '#' or
 * ':', k and line >= 1). */
int prof_table_valid_id(const char *id);

ProfTableEntry *prof_table_find(const ProfTable *t, const char *id);
/* Adds or replaces the entry of id (comment may be NULL). 0, or -1 when out of memory. */
int prof_table_set(ProfTable *t, const char *id, int on, const char *comment);

/* The file text (malloc'ed), header first, entries in order, columns aligned. NULL on OOM. */
char *prof_table_format(const ProfTable *t, size_t *len);
/* Writes the table atomically (PATH.tmp, then rename). Refuses to replace an existing file
 * whose first line is not PROF_TABLE_HEADER. 0, or -1 with "PATH: why" in err. */
int prof_table_write(const ProfTable *t, const char *path, char *err, size_t errlen);

#endif /* STAD_PROF_TABLE_H */
