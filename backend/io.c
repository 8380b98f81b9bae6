/*
 * io.c — formatted WRITE, OPEN, CLOSE, REWIND and FLUSH as calls of the I/O helper.
 *
 * The helper (ir/io_helper.h, embedded at build time as io_helper_lines) is copied once into a
 * generated file that needs it; each statement of sema_io.c's lowering is one call:
 * A call that begins a statement and may stop the program ends with the statement's Fortran file
 * and line, `, "model.f90", 12` (the helper's messages name them); below they are left out.
 *   IO_BEGIN  stad_io_begin(unit, format, its length, NULL, 0, handled)   (format NULL:
 *             list-directed; handled: IOSTAT= or ERR= given), or stad_io_begin(0, format, its
 *             length, variable, its length, 0) (internal WRITE)
 *             or stad_io_ubegin(unit, handled) (unformatted: WRITE (unit) items)
 *   IO_ITEMS  stad_io_int / stad_io_int8 / stad_io_real / stad_io_logical / stad_io_char per item
 *   IO_END    stad_io_end(), or stad_io_end_noadvance() for ADVANCE='NO'
 *   IO_OPEN   stad_io_open(unit, file, status, action, position, handled)  (NULL, 0 for those
 *             not given; handled: IOSTAT= or ERR= given, a failure sets the status);
 *             stad_io_open_input(...) in derivative code (it opens input files only)
 * and for a READ: stad_io_rbegin(unit, format, its length, NULL, 0, handled) (or 0, format,
 * length, the CHARACTER value, its length, handled for an internal READ), stad_io_rchar per
 * CHARACTER item (the others are assignments from stad_io_rint/rreal/rlogical, backend/expr.c),
 * stad_io_rend(); ADVANCE='NO': stad_io_rnoadvance() after stad_io_rbegin; NAMELIST:
 * stad_io_nml_begin / stad_io_nml_rbegin(unit, group description, handled) begins the transfer
 *   IO_CLOSE  stad_io_close(unit, status), IO_REWIND stad_io_rewind(unit), IO_FLUSH stad_io_flush(unit),
 *   IO_BACKSPACE stad_io_backspace(unit), IO_ENDFILE stad_io_endfile(unit) (stad_io_written(unit) in
 *             derivative code), IO_IOMSG stad_io_msg(variable, its length)
 */
#include "cg_int.h"

#include <stddef.h>

#include "io_helper_text.h"

void cg_io_helper(Cg *cg, CgBuf *b)
{
	if (!cg->use_io)
		return;
	if (b->n)
		cg_buf_putc(b, '\n');
	for (int i = 0; io_helper_lines[i]; i++)
		cg_buf_puts(b, io_helper_lines[i]);
}

static void value(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	cg_expr_prec(U, e, CG_P_COMMA + 1, b);
}

/* `ptr, len` of a CHARACTER value, or `NULL, 0`. */
static void chars(CgUnit *U, const IrExpr *e, CgBuf *b)
{
	if (!e) {
		cg_buf_puts(b, ", NULL, 0");
		return;
	}
	cg_buf_puts(b, ", ");
	cg_char_ptr(U, e, b);
	cg_buf_puts(b, ", (long)(");
	cg_char_len(U, e, b);
	cg_buf_puts(b, ")");
}

/* `, "model.f90", 12`: the statement's file and line, which the helper's messages name when it
 * stops the program (an I/O error without IOSTAT=, END= or ERR=). */
static void at(const IrStmt *s, CgBuf *b)
{
	cg_buf_puts(b, ", \"");
	if (s->loc.file)
		cg_string_chars(cg_base_name(s->loc.file), 0, b);
	cg_buf_printf(b, "\", %d", s->loc.line);
}

static void item(CgUnit *U, const IrExpr *e)
{
	CgBuf b = {0};
	switch (e->type) {
	case TY_INT:
	case TY_INT8:
		cg_buf_puts(&b, e->type == TY_INT8 ? "stad_io_int8((long long)" : "stad_io_int((long long)");
		cg_expr_prec(U, e, CG_P_UNARY, &b);
		break;
	case TY_REAL4:
	case TY_REAL8:
		cg_buf_puts(&b, "stad_io_real(");
		value(U, e, &b);
		cg_buf_puts(&b, e->type == TY_REAL4 ? ", 4" : ", 8");
		break;
	case TY_LOGICAL:
		cg_buf_puts(&b, "stad_io_logical(");
		value(U, e, &b);
		break;
	case TY_CHAR:
		cg_buf_puts(&b, "stad_io_char(");
		cg_char_ptr(U, e, &b);
		cg_buf_puts(&b, ", (long)(");
		cg_char_len(U, e, &b);
		cg_buf_puts(&b, ")");
		break;
	default: cg_problem(U->cg, e->loc, "this output item cannot be translated to C"); return;
	}
	cg_line(U, "%s);", cg_buf_str(&b));
	cg_buf_free(&b);
}

void cg_io(CgUnit *U, const IrStmt *s)
{
	CgBuf b = {0};
	U->cg->use_io = 1;
	U->cg->use_stdio = U->cg->use_stdlib = U->cg->use_string = U->cg->use_math = 1;
	IrExpr *const *it = s->u.print.items;
	switch (s->u.print.io) {
	case IO_FORMAT: break;
	case IO_BEGIN:
		if (s->u.print.unformatted && !s->u.print.deriv) {
			value(U, it[0], &b);
			cg_buf_printf(&b, ", %d", s->u.print.handled);
			at(s, &b);
			cg_line(U, "%s(%s);", s->u.print.input ? "stad_io_urbegin" : "stad_io_ubegin", cg_buf_str(&b));
			break;
		}
		if (s->u.print.nml && !s->u.print.deriv) { /* NAMELIST: the group's description */
			value(U, it[0], &b);
			cg_buf_printf(&b, ", \"%s\", %d", s->u.print.nml, s->u.print.handled);
			at(s, &b);
			cg_line(U, "%s(%s);", s->u.print.input ? "stad_io_nml_rbegin" : "stad_io_nml_begin", cg_buf_str(&b));
			break;
		}
		if (s->u.print.input) { /* READ: from a unit, or from a CHARACTER value (internal READ) */
			int internal = it[0]->type == TY_CHAR;
			cg_buf_puts(&b, "stad_io_rbegin(");
			if (internal)
				cg_buf_puts(&b, "0");
			else
				value(U, it[0], &b);
			chars(U, s->u.print.has_fmt ? it[1] : NULL, &b);
			chars(U, internal ? it[0] : NULL, &b);
			cg_buf_printf(&b, ", %d", s->u.print.handled);
			at(s, &b);
			cg_line(U, "%s);", cg_buf_str(&b));
			if (s->u.print.noadvance)
				cg_line(U, "stad_io_rnoadvance();");
			break;
		}
		if (s->u.print.deriv) { /* derivative code: a WRITE it drops (ad/ad.c drop_io) */
			value(U, it[0], &b);
			at(s, &b);
			cg_line(U, "stad_io_written(%s);", cg_buf_str(&b));
			break;
		}
		cg_buf_puts(&b, "stad_io_begin(");
		if (it[0]->type == TY_CHAR) { /* an internal WRITE into the variable it[0] */
			cg_buf_puts(&b, "0");
			chars(U, it[1], &b);
			chars(U, it[0], &b);
			cg_buf_puts(&b, ", 0");
			at(s, &b);
			cg_line(U, "%s);", cg_buf_str(&b));
			break;
		}
		value(U, it[0], &b);
		chars(U, s->u.print.has_fmt ? it[1] : NULL, &b);
		cg_buf_printf(&b, ", NULL, 0, %d", s->u.print.handled);
		at(s, &b);
		cg_line(U, "%s);", cg_buf_str(&b));
		break;
	case IO_ITEMS:
		for (int i = 0; i < s->u.print.nitems; i++) {
			if (!s->u.print.input) {
				item(U, it[i]);
				continue;
			}
			cg_buf_puts(&b, "stad_io_rchar(");
			cg_char_ptr(U, it[i], &b);
			cg_buf_puts(&b, ", (long)(");
			cg_char_len(U, it[i], &b);
			cg_line(U, "%s));", cg_buf_str(&b));
			cg_buf_free(&b);
			b = (CgBuf){0};
		}
		break;
	case IO_END:
		if (s->u.print.input) {
			cg_line(U, "stad_io_rend();");
			break;
		}
		cg_line(U, s->u.print.noadvance ? "stad_io_end_noadvance();" : "stad_io_end();");
		break;
	case IO_OPEN: {
		cg_buf_puts(&b, s->u.print.deriv ? "stad_io_open_input(" : "stad_io_open(");
		value(U, it[0], &b);
		int k = 1;
		for (int sp = 0; sp < IOS_COUNT; sp++)
			chars(U, s->u.print.spec & (1u << sp) ? it[k++] : NULL, &b);
		cg_buf_printf(&b, ", %d", s->u.print.handled);
		at(s, &b);
		cg_line(U, "%s);", cg_buf_str(&b));
		break;
	}
	case IO_CLOSE:
		cg_buf_puts(&b, s->u.print.deriv ? "stad_io_close_input(" : "stad_io_close(");
		value(U, it[0], &b);
		chars(U, s->u.print.spec & (1u << IOS_STATUS) ? it[1] : NULL, &b);
		cg_line(U, "%s);", cg_buf_str(&b));
		break;
	case IO_REWIND:
	case IO_FLUSH:
	case IO_BACKSPACE:
	case IO_ENDFILE: {
		static const char *const fn[] = {[IO_REWIND] = "stad_io_rewind",
		                                 [IO_FLUSH] = "stad_io_flush",
		                                 [IO_BACKSPACE] = "stad_io_backspace",
		                                 [IO_ENDFILE] = "stad_io_endfile"};
		/* derivative code: ENDFILE changes the file, which it leaves as it is (a mark, as a WRITE's) */
		value(U, it[0], &b);
		if (s->u.print.deriv || s->u.print.io == IO_BACKSPACE || s->u.print.io == IO_ENDFILE)
			at(s, &b); /* the calls that may stop the program */
		cg_line(U, "%s(%s);", s->u.print.deriv ? "stad_io_written" : fn[s->u.print.io], cg_buf_str(&b));
		break;
	}
	case IO_IOMSG:
		cg_buf_puts(&b, "stad_io_msg(");
		cg_char_ptr(U, it[0], &b);
		cg_buf_puts(&b, ", (long)(");
		cg_char_len(U, it[0], &b);
		cg_line(U, "%s));", cg_buf_str(&b));
		break;
	case IO_INQUIRE: /* the unit or the file the answers after it are about */
		if (it[0]->type == TY_CHAR) {
			cg_buf_puts(&b, "stad_io_inquire(0");
			chars(U, it[0], &b);
		} else {
			cg_buf_puts(&b, "stad_io_inquire(");
			value(U, it[0], &b);
			cg_buf_puts(&b, ", NULL, 0");
		}
		cg_line(U, "%s);", cg_buf_str(&b));
		break;
	default: cg_problem(U->cg, s->loc, "this I/O statement cannot be translated to C"); break;
	}
	cg_buf_free(&b);
}
