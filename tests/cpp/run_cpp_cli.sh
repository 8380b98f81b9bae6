#!/bin/sh
# run_cpp_cli.sh — the C preprocessor and INCLUDE as a user meets them (label frontend):
#   1. call sites of a preprocessed file keep their original lines (`stad calls`): code an
#      #ifdef removes shifts nothing, -D switches a call in, a call in an INCLUDE file has its
#      line in that file and its pragma applies;
#   2. --line-directives point into model.F and into the INCLUDE file;
#   3. a diagnostic in a header reached through #include names the header and quotes its line;
#   4. no preprocessor (STAD_CPP names none), cpp failing (#error, a missing header): one
#      located error each, exit status 1;
#   5. #ifdef in a .f90 file is refused unless --cpp; with --cpp, -D decides; -U undoes -D;
#   6. -D/-U/-I usage errors (exit 2), and the options are accepted by every command that
#      reads Fortran (diff, ir, calls, check);
#   7. the translation of model.F through cpp equals the translation of cpp's output given
#      as a file (already-preprocessed input with line markers is read as it is).
#
#     run_cpp_cli.sh STAD DIR      (DIR holds model.F and inc/)
set -u
STAD=$1
DIR=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-cpp-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$DIR" || exit 1
nfail=0
fail() {
	echo "FAIL: $1"
	for f in "$tmp/out" "$tmp/err"; do [ -s "$f" ] && { echo "---- $f"; sed -n '1,30p' "$f"; }; done
	nfail=$((nfail + 1))
}
# expect STATUS FILE-WITH-EXPECTED-STDERR COMMAND...: the status and stderr exactly
expect() {
	want=$1
	exp=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" -eq "$want" ] || fail "$*: status $rc, not $want"
	cmp -s "$exp" "$tmp/err" || { fail "$*: stderr differs"; diff "$exp" "$tmp/err"; }
}
HEAD='cost(f)/(u)'

# 1. site ids (the line in the comment is the file's own, an included file's too, named with its
# file as soon as the sites come from two files)
"$STAD" calls model.F --head "$HEAD" -I inc >"$tmp/out" 2>"$tmp/err" || fail "stad calls model.F -I inc"
cat >"$tmp/want" <<'END'
# stad checkpoint table v1
# call sites of the adjoint of the head; edit and pass with --table
cost:relax#1  on   # model.F:20, default
cost:relax#2  off  # sweep.h:3, pragma
END
cmp -s "$tmp/want" "$tmp/out" || { fail "site ids of model.F"; diff "$tmp/want" "$tmp/out"; }
"$STAD" calls model.F --head "$HEAD" -I inc -DTWO_SWEEPS >"$tmp/out" 2>"$tmp/err" || fail "stad calls -DTWO_SWEEPS"
grep -q '^cost:relax#1  on   # model.F:17, default$' "$tmp/out" || fail "-DTWO_SWEEPS: no site at line 17"

# 2. #line directives
"$STAD" diff --mode tangent model.F -I inc --head "$HEAD" --line-directives -o "$tmp/t.c" >"$tmp/out" 2>"$tmp/err" ||
	fail "stad diff --line-directives"
grep -q '^#line 9 "model.F"$' "$tmp/t.c" || fail "no #line 9 \"model.F\" (the loop body of RELAX)"
grep -q '^#line 3 "inc/sweep.h"$' "$tmp/t.c" || fail "no #line 3 \"inc/sweep.h\" (the call in the INCLUDE file)"

# 3. an error in a header
cat >"$tmp/want" <<'END'
inc/bad.h:3:10: error: syntax error, unexpected end of line
   x = x +
          ^
stad: 1 error
END
expect 1 "$tmp/want" "$STAD" ir bad_header.F90 -I inc

# 4. no preprocessor, cpp failing
cat >"$tmp/want" <<'END'
model.F: error: cannot run the C preprocessor '/nonexistent/cpp' (install cpp, name another with STAD_CPP, or give stad the preprocessed file)
stad: 1 error
END
expect 1 "$tmp/want" env STAD_CPP=/nonexistent/cpp "$STAD" diff --mode primal model.F -I inc --head "$HEAD" -o "$tmp/p.c"
[ ! -e "$tmp/p.c" ] || fail "a file was written although cpp could not run"
"$STAD" ir pp_failure.F >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "#error: status is not 1"
grep -q "HAVE_X is not defined" "$tmp/err" || fail "#error: cpp's message is not shown"
tail -n 2 "$tmp/err" >"$tmp/last"
cat >"$tmp/want" <<'END'
pp_failure.F: error: the C preprocessor 'cpp' failed (exit status 1; its messages are above)
stad: 1 error
END
cmp -s "$tmp/want" "$tmp/last" || { fail "#error: stad's own message"; diff "$tmp/want" "$tmp/last"; }
"$STAD" ir pp_failure.F -DHAVE_X >"$tmp/out" 2>"$tmp/err" || fail "-DHAVE_X: pp_failure.F does not read"
"$STAD" ir model.F >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "a missing #include header: status is not 1"
grep -q "model.F: error: the C preprocessor 'cpp' failed" "$tmp/err" || fail "a missing #include header: no stad error"

# 5. #ifdef in a .f90 file
cat >"$tmp/want" <<'END'
plain_ifdef.f90:6:1: error: preprocessor directive in a file that is not preprocessed (stad runs the C preprocessor on .F, .F90, .fpp and .FPP files, and on any file with --cpp)
 #ifdef SQUARE
 ^
stad: 1 error
END
expect 1 "$tmp/want" "$STAD" ir plain_ifdef.f90
"$STAD" ir plain_ifdef.f90 --cpp -DSQUARE >"$tmp/out" 2>"$tmp/err" || fail "--cpp -DSQUARE"
grep -q 'y:r8 = (x:r8 \* x:r8)' "$tmp/out" || fail "--cpp -DSQUARE does not select y = x * x"
"$STAD" ir plain_ifdef.f90 --cpp -DSQUARE -USQUARE >"$tmp/out" 2>"$tmp/err" || fail "--cpp -DSQUARE -USQUARE"
grep -q 'y:r8 = (x:r8 + x:r8)' "$tmp/out" || fail "-USQUARE after -DSQUARE does not undefine it"
"$STAD" ir plain_ifdef.f90 --cpp -D SQUARE=1 >"$tmp/out" 2>"$tmp/err" || fail "-D SQUARE=1 (separate value)"
grep -q 'y:r8 = (x:r8 \* x:r8)' "$tmp/out" || fail "-D SQUARE=1 does not define SQUARE"

# 6. usage errors; every command that reads Fortran takes the options
for bad in "-D" "-D=3" "-D1X" "-UX=1" "-U"; do
	"$STAD" ir plain_ifdef.f90 --cpp $bad >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 2 ] || fail "stad ir ... $bad: not a usage error"
done
grep -q "^stad ir: option '-U' needs a value$" "$tmp/err" || fail "-U without a value: message"
"$STAD" ir plain_ifdef.f90 --cpp -D1X >"$tmp/out" 2>"$tmp/err"
grep -q "^stad ir: -D wants NAME or NAME=VALUE, not '1X'$" "$tmp/err" || fail "-D1X: message"
"$STAD" revolve --steps 3 --snaps 1 -DX >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] || fail "stad revolve accepts -D"
"$STAD" check model.F -I inc --head "$HEAD" --set n=4 >"$tmp/out" 2>"$tmp/err" || fail "stad check model.F -I inc"
tail -n 1 "$tmp/out" | grep -q '^all derivatives agree$' || fail "stad check model.F: derivatives"

# 7. cpp's output as input
cpp -traditional-cpp -undef -D_LANGUAGE_FORTRAN=1 -D__STAD__=1 -I inc model.F >"$tmp/model_pp.f" 2>"$tmp/err" ||
	fail "cpp model.F"
mkdir "$tmp/a" "$tmp/b"
"$STAD" diff --mode reverse model.F -I inc --head "$HEAD" --line-directives -o "$tmp/a/x.c" >"$tmp/out" 2>"$tmp/err" ||
	fail "stad diff model.F"
"$STAD" diff --mode reverse "$tmp/model_pp.f" -I inc --head "$HEAD" --line-directives -o "$tmp/b/x.c" >"$tmp/out" \
	2>"$tmp/err" || fail "stad diff of cpp's output"
# the banners name the input files; everything else is equal
grep -v 'Generated by stad' "$tmp/a/x.c" >"$tmp/a.body"
grep -v 'Generated by stad' "$tmp/b/x.c" >"$tmp/b.body"
cmp -s "$tmp/a.body" "$tmp/b.body" || { fail "cpp's output translates differently"; diff "$tmp/a.body" "$tmp/b.body" | head; }

[ "$nfail" -eq 0 ] || exit 1
echo "PASS C preprocessor and INCLUDE: site ids, #line, diagnostics, failures, options"
