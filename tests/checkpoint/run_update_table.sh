#!/bin/sh
# Site ids that survive edits: a table from `stad calls` (ids caller:callee#k, the line as a
# comment) still applies after a comment and a statement are added above the calls; a table in
# the old form (caller:line:callee) applies while its lines hold the calls; when they moved, stad
# diff refuses it as stale, naming each entry's current id, and `stad calls --update-table`
# carries it over with every state kept; an entry that cannot be carried over (the caller calls
# the routine twice) is kept as a comment and the exit status is 1.
# usage: run_update_table.sh STAD SRC.f90
set -u
STAD=$1
SRC=$2
HEAD='head(y)/(x)'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-update-table.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/log" 2>/dev/null; exit 1; }
cd "$tmp" || exit 1
cp "$SRC" m.f90

# 1. ids and the line as a comment
"$STAD" calls m.f90 --head "$HEAD" > calls.txt 2> log || fail "stad calls"
cat calls.txt
grep -q '^head:sq#1  *on  *# line 21, default$' calls.txt || fail "head:sq#1 with its line"
grep -q '^head:cube#1  *on  *# line 22, default$' calls.txt || fail "head:cube#1"
grep -q '^head:sq#2  *on  *# line 23, default$' calls.txt || fail "head:sq#2"
sed 's/^\(head:sq#2 *\)on /\1off/; s/^\(head:cube#1 *\)on /\1off/' calls.txt > t.table
# 2. an edit that does not touch the calls: a comment, a statement and a blank line above them
awk '/call sq\(x, s\)/ { print "  ! a comment added above the calls"; print "  s = 0.0d0"; print "" } { print }' m.f90 > m2.f90
"$STAD" calls m2.f90 --head "$HEAD" --table t.table > c2.txt 2> log || fail "the table did not survive an edit"
grep -q '^head:sq#2  *off  *# line 26, table$' c2.txt || fail "head:sq#2 off by the table, now at line 26"
grep -q '^head:cube#1  *off  *# line 25, table$' c2.txt || fail "head:cube#1 off by the table"
grep -q '^head:sq#1  *on  *# line 24, table$' c2.txt || fail "head:sq#1 on by the table"
# 3. an old table (caller:line:callee) whose lines hold the calls is accepted
printf '# stad checkpoint table v1\nhead:22:cube  off  # old\nhead:23:sq  off\n' > old.table
"$STAD" calls m.f90 --head "$HEAD" --table old.table > c3.txt 2> log || fail "an old table was refused"
grep -q '^head:cube#1  *off  *# line 22, table$' c3.txt || fail "old id head:22:cube"
grep -q '^head:sq#2  *off  *# line 23, table$' c3.txt || fail "old id head:23:sq"
# 4. the same old table after the edit: stale, and carried over
cp old.table old2.table
if "$STAD" diff m2.f90 --head "$HEAD" --table old2.table -o x.c > log 2>&1; then fail "a stale table was accepted"; fi
grep -q "stale table: site 'head:22:cube' does not exist any more (the source changed); it is 'head:cube#1' now (line 25): 'stad calls --update-table' carries the entries over" log || fail "stale message for cube"
grep -q "stale table: site 'head:23:sq' does not exist any more (the source changed) and cannot be carried over: head calls sq 2 times" log || fail "stale message for sq"
[ ! -e x.c ] || fail "wrote code with a stale table"
if "$STAD" calls m2.f90 --head "$HEAD" --update-table old2.table > log 2>&1; then fail "update-table with an entry it cannot carry exited 0"; fi
grep -q "1 entry of 'old2.table' could not be carried over" log || fail "update-table message"
cat old2.table
grep -q '^head:cube#1  *off  *# line 25, old$' old2.table || fail "cube carried over with its state and comment"
grep -q "^# dropped: head:23:sq off: stale table" old2.table || fail "sq kept as a comment"
"$STAD" calls m2.f90 --head "$HEAD" --table old2.table > c4.txt 2> log || fail "the updated table is not accepted"
grep -q '^head:cube#1  *off  *# line 25, table$' c4.txt || fail "the updated table's state"
# 5. a table that only needs new ids: exit 0
printf '# stad checkpoint table v1\nhead:22:cube  off\n' > one.table
"$STAD" calls m2.f90 --head "$HEAD" --update-table one.table > log 2>&1 || fail "update-table of a carried table"
grep -q "^head:cube#1  *off" one.table || fail "one.table"
# 6. only tables stad wrote are rewritten
echo "my notes" > notes.txt
if "$STAD" calls m2.f90 --head "$HEAD" --update-table notes.txt > log 2>&1; then fail "rewrote a file that is not a table"; fi
[ "$(cat notes.txt)" = "my notes" ] || fail "touched notes.txt"
echo "PASS site ids and --update-table"
