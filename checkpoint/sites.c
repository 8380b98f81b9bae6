/*
 * sites.c — call sites of the differentiated call tree, the toggle table, and the precedence
 * that decides whether each site is checkpointed.
 *
 * A site id is `caller:callee#k`, the k-th call of callee in caller in source order, so it
 * survives regeneration and every edit that does not add or remove a call of that routine in
 * that caller (a comment, a new statement, a moved line), and can be written by hand. Tables
 * written before site numbers name sites `caller:line:callee`; such an entry applies to the site
 * at that line. A table that names a site that does not exist is an error; when the caller and
 * callee exist, the error says the table is stale, and which entries `stad calls
 * --update-table` can carry over.
 */
#include "ckp.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ckp_why_name(CkpWhy w)
{
	switch (w) {
	case WHY_DEFAULT: return "default";
	case WHY_PRAGMA: return "pragma";
	case WHY_OPTION: return "option";
	case WHY_TABLE: return "table";
	case WHY_FORCED: return "forced";
	case WHY_AUTO: return "auto";
	}
	return "?";
}

static void add_site(IrArena *a, IrVec *v, IrStmt *s, IrUnit *caller, IrUnit *callee, const char *calleename, int region)
{
	CkpSite *site = ir_alloc(a, sizeof *site);
	site->stmt = s;
	site->caller = caller;
	site->callee = callee;
	site->is_region = region;
	site->is_external = callee && callee->ext;
	for (int k = 0; k < s->ndirs; k++)
		site->is_linsolve |= s->kind == IR_CALL && s->dirs[k]->kind == DIR_LINSOLVE;
	site->line = s->loc.line;
	site->file = s->loc.file;
	int k = 1; /* the k-th call of calleename in caller (its sites are the last ones: units in turn) */
	for (int i = v->n - 1; i >= 0 && ((const CkpSite *)v->v[i])->caller == caller; i--) {
		const CkpSite *o = v->v[i];
		k += !strcmp(o->callee ? o->callee->name : "binomial", calleename);
	}
	site->id = ir_sprintf(a, "%s:%s#%d", caller->name, calleename, k);
	site->index = v->n;
	site->on = 1;
	ir_vec_push(a, v, site);
}

/* An !$AD FP-LOOP: `caller:fploop#k`, the k-th in caller. */
static void add_fploop(IrArena *a, IrVec *fp, IrStmt *s, IrUnit *caller)
{
	for (int k = 0; k < s->ndirs; k++) {
		if (s->dirs[k]->kind != DIR_FPLOOP)
			continue;
		CkpSite *site = ir_alloc(a, sizeof *site);
		int nth = 1;
		for (int i = fp->n - 1; i >= 0 && ((CkpSite *)fp->v[i])->caller == caller; i--)
			nth++;
		site->stmt = s;
		site->caller = caller;
		site->is_fploop = 1;
		site->line = s->loc.line;
		site->file = s->loc.file;
		site->id = ir_sprintf(a, "%s:fploop#%d", caller->name, nth);
		site->index = fp->n;
		site->on = 1;
		ir_vec_push(a, fp, site);
		return;
	}
}

typedef struct {
	IrArena *a;
	IrVec *v, *fp;
	IrUnit *u;
} Collect;

static int collect_stmt(void *ctx, IrStmt *s)
{
	Collect *c = ctx;
	if (s->kind == IR_CALL && s->u.call.callee) {
		int region = 0;
		for (int k = 0; k < s->ndirs; k++)
			region |= s->dirs[k]->kind == DIR_CHECKPOINT_START;
		add_site(c->a, c->v, s, c->u, s->u.call.callee, s->u.call.callee->name, region);
	}
	if (s->kind == IR_DO)
		for (int k = 0; k < s->ndirs; k++)
			if (s->dirs[k]->kind == DIR_BINOMIAL) {
				add_site(c->a, c->v, s, c->u, NULL, "binomial", 0);
				((CkpSite *)c->v->v[c->v->n - 1])->is_binomial = 1;
			}
	if (s->kind == IR_DO || s->kind == IR_DOWHILE)
		add_fploop(c->a, c->fp, s, c->u);
	return 0;
}

static size_t stmt_hash(const IrStmt *s, size_t cap)
{
	return ((size_t)(uintptr_t)s >> 4) * 0x9e3779b97f4a7c15u & (cap - 1);
}

CkpSites *ckp_sites_collect(IrArena *a, IrUnit *const *units, int nunits)
{
	IrVec v = {0}, fp = {0};
	for (int i = 0; i < nunits; i++)
		ir_block_find(&units[i]->body, collect_stmt, &(Collect){a, &v, &fp, units[i]});
	CkpSites *s = ir_alloc(a, sizeof *s);
	s->v = (CkpSite **)v.v;
	s->n = v.n;
	s->fp = (CkpSite **)fp.v;
	s->nfp = fp.n;
	/* ckp_site_of's index: statement -> site, open addressing, at most half full */
	size_t cap = 16;
	while (cap < 2 * (size_t)s->n)
		cap *= 2;
	s->by_stmt = ir_alloc(a, sizeof *s->by_stmt * cap);
	s->by_stmt_cap = cap;
	for (int i = 0; i < s->n; i++) {
		size_t h = stmt_hash(s->v[i]->stmt, cap);
		while (s->by_stmt[h])
			h = (h + 1) & (cap - 1);
		s->by_stmt[h] = s->v[i];
	}
	return s;
}

CkpSite *ckp_site_of(const CkpSites *s, const IrStmt *stmt)
{
	if (s->by_stmt) { /* the first site of stmt in v's order, as the scan below finds */
		CkpSite *best = NULL;
		for (size_t h = stmt_hash(stmt, s->by_stmt_cap); s->by_stmt[h]; h = (h + 1) & (s->by_stmt_cap - 1))
			if (s->by_stmt[h]->stmt == stmt && (!best || s->by_stmt[h]->index < best->index))
				best = s->by_stmt[h];
		return best;
	}
	for (int i = 0; i < s->n; i++)
		if (s->v[i]->stmt == stmt)
			return s->v[i];
	return NULL;
}

/* ---------------------------------------------------------------- table file */

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		size_t r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
			break;
		if (n + 1 >= cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	fclose(f);
	if (buf)
		buf[n] = 0;
	return buf;
}

CkpTable *ckp_table_read(IrProgram *prog, const char *path)
{
	char *text = read_all(path);
	if (!text) {
		fprintf(stderr, "stad: error: cannot read table '%s': %s\n", path, strerror(errno));
		return NULL;
	}
	return ckp_table_parse(prog, path, text);
}

CkpTable *ckp_table_parse(IrProgram *prog, const char *path, char *text)
{
	IrArena *a = prog->arena;
	const char *file = ir_strdup(a, path);
	IrSource *src = ir_source_register(prog, file, text);
	CkpTable *t = ir_alloc(a, sizeof *t);
	t->path = file;
	t->src = src;
	int cap = 16;
	t->v = ir_alloc(a, sizeof *t->v * (size_t)cap);
	const char *p = text;
	for (int line = 1; *p; line++) {
		size_t n = strcspn(p, "\n");
		CkpLine l;
		if (ckp_table_line(p, n, line, &l) != 0) {
			ir_error(ir_loc(src, line, (int)l.errcol), "%s", l.msg);
		} else if (l.entry) {
			const char *id = p + l.id0;
			IrLoc loc = ir_loc(src, line, (int)l.id0 + 1);
			for (int i = 0; i < t->n; i++)
				if (strlen(t->v[i].id) == l.idlen && !strncmp(t->v[i].id, id, l.idlen))
					ir_error(loc, "site '%s' is listed twice (first on line %d)", t->v[i].id, t->v[i].line);
			if (t->n == cap) {
				CkpEntry *nv = ir_alloc(a, sizeof *nv * (size_t)cap * 2);
				memcpy(nv, t->v, sizeof *nv * (size_t)cap);
				t->v = nv;
				cap *= 2;
			}
			CkpEntry *en = &t->v[t->n++];
			en->id = ir_strndup(a, id, l.idlen);
			en->on = l.on;
			en->line = line;
			en->comment = NULL;
			if (l.has_comment) {
				const char *c = p + l.c0;
				size_t cn = l.clen;
				while (cn && (*c == ' ' || *c == '\t'))
					c++, cn--;
				en->comment = ir_strndup(a, c, cn);
			}
		}
		p += n;
		if (*p)
			p++;
	}
	free(text);
	return t;
}

/* Where a site is, for its comment: "line 12", or "model.f:12" when the sites come from several
 * files (stad calls a.f b.f) */
static const char *site_where(IrArena *a, const CkpSite *s, int files)
{
	if (files && s->file) {
		const char *base = strrchr(s->file, '/');
		return ir_sprintf(a, "%s:%d", base ? base + 1 : s->file, s->line);
	}
	return ir_sprintf(a, "line %d", s->line);
}

char *ckp_table_format(IrArena *a, const CkpSites *sites, const char *header_comment)
{
	int files = 0;
	for (int i = 1; i < sites->n && !files; i++)
		files = sites->v[i]->file && sites->v[0]->file && strcmp(sites->v[i]->file, sites->v[0]->file) != 0;
	for (int i = 0; i < sites->nfp && sites->n && !files; i++)
		files = sites->fp[i]->file && sites->v[0]->file && strcmp(sites->fp[i]->file, sites->v[0]->file) != 0;
	CkpRow *rows = calloc((size_t)(sites->n + sites->nfp) + 1, sizeof *rows);
	const char **notes = calloc((size_t)(sites->n + sites->nfp) + 1, sizeof *notes);
	int n = 0;
	for (int i = 0; rows && notes && i < sites->n; i++) {
		const CkpSite *s = sites->v[i];
		if (s->is_binomial)
			continue;
		if (s->is_external) /* not a toggle: listed as a comment */
			notes[n] = ir_sprintf(a, "%s: calls a routine without source, always checkpointed (%s)", s->id,
			                      site_where(a, s, files)),
			rows[n] = (CkpRow){NULL, 1, notes[n]};
		else if (s->is_linsolve) /* like an FP-LOOP: the switch is not bitwise, so not an entry */
			notes[n] = ir_sprintf(a,
			                      "%s %s (%s, %s): LINEAR-SOLVE, on = linear-solve adjoint, off = the solver "
			                      "taped; write the entry to switch it",
			                      s->id, s->on ? "on" : "off", site_where(a, s, files),
			                      s->why == WHY_TABLE ? "table" : "default"),
			rows[n] = (CkpRow){NULL, s->on, notes[n]};
		else
			notes[n] = s->why == WHY_FORCED && s->forced_why
			        ? ir_sprintf(a, "%s, %s, forced", site_where(a, s, files), s->forced_why)
			        : ir_sprintf(a, "%s, %s%s%s", site_where(a, s, files), ckp_why_name(s->why),
			                     s->reason ? ": " : "", s->reason ? s->reason : ""),
			rows[n] = (CkpRow){s->id, s->on, notes[n]};
		n++;
	}
	/* FP-LOOPs as comment lines: switching one changes the adjoint within the loop's tolerance,
	 * not bitwise as a call site's checkpoint does, so a table made from this one by switching
	 * every entry leaves them two-phase; the line says what to write */
	for (int i = 0; rows && notes && i < sites->nfp; i++, n++) {
		const CkpSite *s = sites->fp[i];
		notes[n] = ir_sprintf(a,
		                      "%s %s (%s, %s): FP-LOOP, on = two-phase adjoint, off = every iteration taped; "
		                      "write the entry to switch it",
		                      s->id, s->on ? "on" : "off", site_where(a, s, files), ckp_why_name(s->why));
		rows[n] = (CkpRow){NULL, s->on, notes[n]};
	}
	char *text = rows && notes ? ckp_table_text(rows, n, header_comment) : NULL;
	free(rows);
	free(notes);
	if (!text)
		abort(); /* out of memory */
	char *r = ir_strdup(a, text);
	free(text);
	return r;
}

/* ---------------------------------------------------------------- deciding */

static int strncasecmp_portable(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int x = tolower((unsigned char)a[i]), y = tolower((unsigned char)b[i]);
		if (x != y || !x)
			return x - y;
	}
	return 0;
}

/* The next name of a --nocheckpoint list (separated by blanks, commas or tabs) after *p: its
 * start and *len, *p moved past it; NULL at the end. */
static const char *next_name(const char **p, size_t *len)
{
	const char *s = *p;
	while (*s == ' ' || *s == ',' || *s == '\t')
		s++;
	const char *q = s;
	while (*q && *q != ' ' && *q != ',' && *q != '\t')
		q++;
	*p = q;
	*len = (size_t)(q - s);
	return q > s ? s : NULL;
}

/* Is the routine u the one named p[0..len) — itself, or a copy of it made for procedure
 * arguments (RK4__DERIV for RK4)? */
static int unit_named(const IrUnit *u, const char *p, size_t len)
{
	for (int k = 0; k < 2; k++) {
		const char *n = k ? u->copy_of : u->name;
		if (n && strlen(n) == len && !strncasecmp_portable(n, p, len))
			return 1;
	}
	return 0;
}

static int names_callee(const char *list, const IrUnit *callee)
{
	size_t len;
	for (const char *p; (p = next_name(&list, &len)) != NULL;)
		if (unit_named(callee, p, len))
			return 1;
	return 0;
}

int ckp_sites_decide(CkpSites *s, const CkpTable *table, const char *nocheckpoint, int default_off, const int *force, int nforce)
{
	int errors = 0;
	if (nocheckpoint) {
		/* every name must be a callee of some site */
		const char *list = nocheckpoint, *p;
		size_t len;
		while ((p = next_name(&list, &len)) != NULL) {
			int found = 0;
			for (int i = 0; i < s->n; i++)
				if (s->v[i]->callee && unit_named(s->v[i]->callee, p, len))
					found = s->v[i]->is_external ? 2 : 1;
			if (found == 2) {
				fprintf(stderr,
				        "stad: error: --nocheckpoint names '%.*s', a routine without source: its calls are "
				        "always checkpointed\n",
				        (int)len, p);
				errors++;
			} else if (!found) {
				fprintf(stderr,
				        "stad: error: --nocheckpoint names '%.*s', which is not called in the differentiated "
				        "code\n",
				        (int)len, p);
				errors++;
			}
		}
	}
	for (int i = 0; i < s->nfp; i++) { /* two-phase unless the table says otherwise */
		s->fp[i]->on = 1;
		s->fp[i]->why = WHY_DEFAULT;
	}
	for (int i = 0; i < s->n; i++) {
		CkpSite *site = s->v[i];
		site->on = 1;
		site->why = WHY_DEFAULT;
		if (site->is_binomial)
			continue; /* a profile site, not a toggle */
		if (site->is_external) {
			/* stad restores what the routine overwrites from a snapshot and calls its adjoint
			 * NAME_b there: no split version exists */
			site->why = WHY_FORCED;
			for (int k = 0; k < site->stmt->ndirs; k++) {
				IrDirective *d = site->stmt->dirs[k];
				if (d->kind == DIR_NOCHECKPOINT || d->kind == DIR_CHECKPOINT)
					ir_error(d->loc,
					         "!$AD %s before a call of '%s', a routine without source: such calls are always "
					         "checkpointed",
					         d->kind == DIR_CHECKPOINT ? "CHECKPOINT" : "NOCHECKPOINT", site->callee->name);
			}
			continue;
		}
		if (site->is_linsolve) {
			/* the primal solver runs untaped and its adjoint is one more solve (joint); only a
			 * table entry switches it off (the solver taped, split) */
			site->why = WHY_FORCED;
			site->forced_why = "LINEAR-SOLVE";
			for (int k = 0; k < site->stmt->ndirs; k++) {
				IrDirective *d = site->stmt->dirs[k];
				if (d->kind == DIR_NOCHECKPOINT || d->kind == DIR_CHECKPOINT)
					ir_error(d->loc,
					         "!$AD %s before a LINEAR-SOLVE call: its adjoint is the linear-solve adjoint (a "
					         "table entry off tapes the solver)",
					         d->kind == DIR_CHECKPOINT ? "CHECKPOINT" : "NOCHECKPOINT");
			}
			continue;
		}
		for (int k = 0; k < site->stmt->ndirs; k++) {
			IrDirKind d = site->stmt->dirs[k]->kind;
			if (d == DIR_CHECKPOINT || d == DIR_NOCHECKPOINT || d == DIR_CHECKPOINT_START) {
				site->on = d != DIR_NOCHECKPOINT;
				site->why = WHY_PRAGMA;
			}
		}
		if (default_off && !site->is_region && !site->is_binomial) {
			site->on = 0;
			site->why = WHY_OPTION;
		}
		if (nocheckpoint && site->callee && names_callee(nocheckpoint, site->callee)) {
			site->on = 0;
			site->why = WHY_OPTION;
		}
	}
	if (table) {
		for (int j = 0; j < table->n; j++) {
			CkpEntry *en = &table->v[j];
			int carried = 0;
			char msg[600];
			const CkpSite *hit = ckp_entry_site(s, en, &carried, msg, sizeof msg);
			IrLoc loc = ir_loc(table->src, en->line, 1);
			if (hit && !carried && hit->is_external) {
				ir_error(loc,
				         "site '%s' calls '%s', a routine without source, whose calls are always checkpointed: "
				         "remove the line",
				         en->id, hit->callee->name);
				errors++;
				continue;
			}
			if (hit && !carried && hit->is_linsolve) {
				CkpSite *site = s->v[hit->index];
				site->on = en->on;
				site->why = WHY_TABLE;
				continue;
			}
			if (hit && hit->is_fploop) {
				CkpSite *site = s->fp[hit->index];
				site->on = en->on;
				site->why = WHY_TABLE;
				continue;
			}
			if (hit && !carried) {
				CkpSite *site = s->v[hit->index];
				site->on = en->on;
				site->why = WHY_TABLE;
				continue;
			}
			if (hit)
				ir_error(loc,
				         "stale table: site '%s' does not exist any more (the source changed); it is '%s' "
				         "now (line %d): 'stad calls --update-table' carries the entries over",
				         en->id, hit->id, hit->line);
			else
				ir_error(loc, "%s", msg);
			errors++;
		}
	}
	for (int i = 0; force && i < s->n && i < nforce; i++) {
		if (force[i] >= 0 && !s->v[i]->is_binomial && !s->v[i]->is_external && !s->v[i]->is_linsolve) {
			s->v[i]->on = force[i] != 0;
			s->v[i]->why = WHY_FORCED;
		}
	}
	return errors;
}

/* ---------------------------------------------------------------- carrying a table over */

/* The sites calling callee from caller (binomial loops: "binomial"), in order. */
static int calls_of(const CkpSites *s, const char *caller, const char *callee, const CkpSite **out, int max)
{
	int n = 0;
	for (int i = 0; i < s->n; i++) {
		const CkpSite *x = s->v[i];
		if (!strcmp(x->caller->name, caller) && !strcmp(x->callee ? x->callee->name : "binomial", callee)) {
			if (n < max)
				out[n] = x;
			n++;
		}
	}
	return n;
}

/* A site id with the specialised copies' suffixes taken out ("euler__rhs:step__rhs#1" ->
 * "euler:step#1"): 1 when it had any. */
static int without_copies(const char *id, char *out, size_t cap)
{
	size_t k = 0;
	int any = 0;
	for (const char *c = id; *c && k + 1 < cap; c++) {
		if (c[0] == '_' && c[1] == '_') {
			any = 1;
			while (*c && *c != ':' && *c != '#')
				c++;
			if (!*c)
				break;
		}
		out[k++] = *c;
	}
	out[k] = 0;
	return any;
}

const CkpSite *ckp_entry_site(const CkpSites *s, const CkpEntry *en, int *carried, char *msg, size_t msglen)
{
	*carried = 0;
	msg[0] = 0;
	for (int i = 0; i < s->nfp; i++)
		if (!strcmp(s->fp[i]->id, en->id))
			return s->fp[i];
	for (int i = 0; i < s->n; i++)
		if (!strcmp(s->v[i]->id, en->id)) {
			if (!s->v[i]->is_binomial)
				return s->v[i];
			snprintf(msg, msglen, "'%s' is a BINOMIAL-CKP loop, not a call site: it has no on/off state", en->id);
			return NULL;
		}
	char caller[256], callee[256];
	int line = 0, nth = 1;
	const CkpSite *c[64];
	if (ckp_old_site_id(en->id, strlen(en->id)) &&
	    sscanf(en->id, "%255[^:]:%d:%255[^@]@%d", caller, &line, callee, &nth) >= 3) {
		/* caller:line:callee[@k]: the k-th call on that line */
		int n = calls_of(s, caller, callee, c, 64), k = 0;
		for (int i = 0; i < n && i < 64; i++)
			if (!c[i]->is_binomial && c[i]->line == line && ++k == nth)
				return c[i];
		if (n == 1 && !c[0]->is_binomial) {
			*carried = 1;
			return c[0];
		}
		if (n > 1)
			snprintf(msg, msglen,
			         "stale table: site '%s' does not exist any more (the source changed) and cannot be carried "
			         "over: %s calls %s %d times — write its entry as '%s:%s#k' (see 'stad calls')",
			         en->id, caller, callee, n, caller, callee);
		else
			snprintf(msg, msglen, "unknown call site '%s' (see 'stad calls' for the sites)", en->id);
		return NULL;
	}
	if (sscanf(en->id, "%255[^:]:%255[^#]#%d", caller, callee, &nth) == 3) {
		int nfp = 0;
		for (int i = 0; i < s->nfp; i++)
			nfp += !strcmp(s->fp[i]->caller->name, caller);
		if (nfp > 0 && !strcmp(callee, "fploop")) {
			snprintf(msg, msglen,
			         "'%s' names no FP-LOOP: %s has %d (%s:fploop#1 ... in source order; see 'stad calls')", en->id,
			         caller, nfp, caller);
			return NULL;
		}
		int n = calls_of(s, caller, callee, c, 64);
		if (n > 0) {
			snprintf(msg, msglen,
			         "stale table: site '%s' does not exist any more (the source changed): %s calls %s %d time%s "
			         "— regenerate the table with 'stad calls'",
			         en->id, caller, callee, n, n == 1 ? "" : "s");
			return NULL;
		}
	}
	/* routines specialised for their procedure arguments (newton -> newton__sebres): the sites
	 * are named by the copies */
	char copies[512] = "";
	int ncopies = 0;
	for (int i = 0; i < s->n && strlen(en->id) < 256; i++) {
		char plain[256];
		if (!without_copies(s->v[i]->id, plain, sizeof plain) || strcmp(plain, en->id))
			continue;
		size_t used = strlen(copies);
		snprintf(copies + used, sizeof copies - used, "%s'%s'", ncopies ? ", " : "", s->v[i]->id);
		ncopies++;
	}
	if (ncopies) {
		snprintf(msg, msglen,
		         "unknown call site '%s': the routines are specialised for their procedure arguments, and the "
		         "site%s named by the copies: %s (see 'stad calls')",
		         en->id, ncopies == 1 ? " is" : "s are", copies);
		return NULL;
	}
	snprintf(msg, msglen, "unknown call site '%s' (see 'stad calls' for the sites)", en->id);
	return NULL;
}

char *ckp_table_update(const CkpSites *s, const CkpTable *t, int *ndropped)
{
	CkpRow *rows = calloc((size_t)t->n + 1, sizeof *rows);
	char **notes = calloc((size_t)t->n + 1, sizeof *notes);
	char *text = NULL;
	int n = 0;
	*ndropped = 0;
	if (!rows || !notes)
		goto out;
	for (int j = 0; j < t->n; j++) {
		const CkpEntry *en = &t->v[j];
		int carried;
		char msg[600];
		const CkpSite *hit = ckp_entry_site(s, en, &carried, msg, sizeof msg);
		size_t len = strlen(en->id) + (en->comment ? strlen(en->comment) : 0) + sizeof msg + 64;
		if (!(notes[j] = malloc(len)))
			goto out;
		if (hit) {
			snprintf(notes[j], len, "line %d%s%s", hit->line, en->comment ? ", " : "",
			         en->comment ? en->comment : "");
			rows[n++] = (CkpRow){hit->id, en->on, notes[j]};
		} else {
			snprintf(notes[j], len, "dropped: %s %s: %s", en->id, en->on ? "on" : "off", msg);
			rows[n++] = (CkpRow){NULL, 0, notes[j]};
			(*ndropped)++;
		}
	}
	text = ckp_table_text(rows, n, "carried over by stad calls --update-table");
out:
	for (int j = 0; notes && j < t->n; j++)
		free(notes[j]);
	free(notes);
	free(rows);
	return text;
}
