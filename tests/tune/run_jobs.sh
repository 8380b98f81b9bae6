#!/bin/sh
# stad tune --jobs and --launcher: runs side by side choose what one at a time chooses on a model
# whose best move is clear; a launcher starts every measured run (a stand-in that records its
# arguments and runs the rest, as `srun -n1 --exclusive` would), also with --repeat-until (each
# configuration the loop measures run until its median's interval is narrow, here up to the cap
# of --repeat-max, every run through the launcher); a tune stopped by a signal
# leaves no run behind and resumes from its measurements; runs over --time-limit are killed.
# usage: run_jobs.sh STAD heavy_callee.f90
set -u
STAD=$1
HEAD="heavy(cost)/(x0)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stad-tune-jobs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# heavy_callee made small (a run of ~5 ms): switching `expensive` off is clearly the best move
# (it saves a costly recomputation), and nothing after it helps
SRC=$tmp/clear.f90
sed 's/n = 200, nt = 40, nwork = 400/n = 100, nt = 10, nwork = 200/' "$2" > "$SRC"
grep -q 'n = 100, nt = 10, nwork = 200' "$SRC" || { echo "FAIL: $2 has other sizes than this test expects"; exit 1; }
fail() { echo "FAIL: $*"; exit 1; }
# the programs of a tune folder still running (their path names the folder)
running() { ps -eo args= | grep -F "$1/build/adjoint" | grep -v grep; }
cat > "$tmp/launch.sh" <<'EOF'
#!/bin/sh
echo "$*" >> "$LAUNCH_LOG"
while [ "${1#-}" != "$1" ]; do shift; done
exec "$@"
EOF
sites() { grep -v '^#' "$1/table"; }
nmeas() { c=$(grep -vc '^#' "$1/measurements" 2>/dev/null); echo "${c:-0}"; }

# 1. one run at a time, and two through the launcher: the same table
"$STAD" tune "$SRC" --head "$HEAD" --repeat 3 --min-sample 0.02 -o "$tmp/j1" > "$tmp/out1" 2>&1 || { cat "$tmp/out1"; fail "tune --jobs 1"; }
LAUNCH_LOG="$tmp/log" "$STAD" tune "$SRC" --head "$HEAD" --repeat 3 --repeat-until 0.00001 --repeat-max 5 \
	--min-sample 0.02 --random 2 --point-runs 3 --jobs 2 \
	--launcher "sh $tmp/launch.sh -n1 --exclusive" -o "$tmp/j2" > "$tmp/out2" 2> "$tmp/err2" ||
	{ cat "$tmp/out2" "$tmp/err2"; fail "tune --jobs 2 --launcher"; }
cat "$tmp/out2"
[ "$(sites "$tmp/j1")" = "$(sites "$tmp/j2")" ] || { sites "$tmp/j1"; sites "$tmp/j2"; fail "--jobs 2 chose another table"; }
sites "$tmp/j2" | grep -q 'expensive#1 *off' || fail "the clear move (expensive off) was not chosen"
grep -q '^  jobs            2 runs at a time, each started by sh ' "$tmp/out2" || fail "no jobs line"
grep -q '"jobs": 2' "$tmp/j2/report.json" || fail "report.json: jobs"
grep -q '"launcher": "sh ' "$tmp/j2/report.json" || fail "report.json: launcher"
# every run of the measured builds went through the launcher, with its options before the program
[ -s "$tmp/log" ] || fail "the launcher was never used"
bad=$(grep -v -- "^-n1 --exclusive $tmp/j2/build/adjoint_\(run\|prof\|ref\|table\)\$" "$tmp/log")
[ -z "$bad" ] || { echo "$bad"; fail "a launcher line without its options or the program"; }
nrun=$(grep -c 'adjoint_run$' "$tmp/log")
# runs of the plain build: the probe, 3 per tuning measurement, one per random point, the side
# by side comparison, the gradient: at least one per measurement line
[ "$nrun" -ge "$(nmeas "$tmp/j2")" ] || fail "$nrun launched runs for $(nmeas "$tmp/j2") measurements"
grep -q 'adjoint_prof$' "$tmp/log" || fail "the profiled runs did not go through the launcher"
# the random points are predicted from the default measured next to them (anchors)
if grep -q '"kind": "random"' "$tmp/j2/report.json"; then
	grep -q '"kind": "random".*"anchor_s": [0-9.]*, .*"predicted"' "$tmp/j2/report.json" || fail "random points without anchors"
	grep -q '^# anchor ' "$tmp/j2/measurements" || fail "anchors not kept in the measurements"
fi
# --repeat-until: an interval of 0.001 % is never reached, so every configuration the loop measured
# ran --repeat-max times (the random points once), counted in report.json and the measurements,
# with the median by the other clock (wall time), all through the launcher
ntun=$(grep -c '"kind": "tuning"' "$tmp/j2/report.json")
[ "$ntun" -ge 2 ] || fail "fewer than two tuning measurements"
[ "$(grep -c '"kind": "tuning".*"runs": 5, "wall_s": [0-9.]*[1-9]' "$tmp/j2/report.json")" -eq "$ntun" ] ||
	{ grep '"kind": "tuning"' "$tmp/j2/report.json"; fail "report.json: not 5 runs with a wall time per tuning measurement"; }
# --point-runs 3: each random point is the median of three runs
grep '"kind": "random"' "$tmp/j2/report.json" | grep -qv '"runs": 3, "wall_s"' && fail "a random point not run 3 times"
grep -q '"kind": "random"' "$tmp/j2/report.json" && { grep -q '^# range [01]* [0-9.]* [0-9.]* [0-9.]* 3$' "$tmp/j2/measurements" ||
	fail "measurements: a random point's 3 runs"; }
# --repeat 3: the profile is the median of three profiled runs (profile/merge.c), their files gone
np=$(ls "$tmp"/j2/profiles/*.prof | wc -l)
[ "$(grep -c 'adjoint_prof$' "$tmp/log")" -ge $((3 * np)) ] || fail "fewer than 3 profiled runs per profile"
ls "$tmp"/j2/profiles/ | grep -q 'part\|run[0-9]' && fail "profiled runs' files left behind"
grep -q 'the profile is the first run' "$tmp/err2" && fail "the profiled runs were not merged"
[ "$(grep -c '^# range [01]* [0-9.]* [0-9.]* [0-9.]* 5$' "$tmp/j2/measurements")" -eq "$ntun" ] || fail "measurements: runs"
grep -q "^  repeats         5 to 5 runs per configuration until the interval on the median was within 0.001 % ($ntun of $ntun stopped at --repeat-max 5)" "$tmp/out2" ||
	fail "no repeats line"
[ "$nrun" -ge $((5 * ntun)) ] || fail "$nrun launched runs for $ntun measurements of 5 runs"
# run slots have their own files
[ -f "$tmp/j2/run.1.out" ] || fail "no second run slot"

# in-process repeats: a run of this model is under --min-sample, so the driver calls the adjoint
# several times; the count is kept, reported, and a repeated run gives the gradient and peak of one
k=$(cat "$tmp/j1/calls")
[ "$k" -ge 2 ] || fail "a short run was not repeated in-process (calls $k)"
grep -q "^  runs            $k adjoint calls per run" "$tmp/j1/out1" "$tmp/out1" 2>/dev/null || fail "repeats not reported"
grep -q "\"calls_per_run\": $k," "$tmp/j1/report.json" || fail "report.json: calls_per_run"
(cd "$tmp/j1" && STAD_SITES=10 STAD_REPEAT=1 STAD_GRAD="$tmp/g1" STAD_STATS="$tmp/s1" ./build/adjoint_run > "$tmp/r1") || fail "run, 1 call"
(cd "$tmp/j1" && STAD_SITES=10 STAD_REPEAT=5 STAD_GRAD="$tmp/g5" STAD_STATS="$tmp/s5" ./build/adjoint_run > "$tmp/r5") || fail "run, 5 calls"
grep -q '^stad_calls 5$' "$tmp/r5" || fail "the driver did not report 5 calls"
cmp -s "$tmp/g1" "$tmp/g5" || fail "5 calls in one run gave another gradient than 1"
[ "$(grep peak_tape_bytes "$tmp/s1")" = "$(grep peak_tape_bytes "$tmp/s5")" ] || fail "5 calls: another peak"

# 2. side by side on this machine: a warning; stopped by SIGTERM mid-way: nothing left running,
#    and the next run resumes (the measurements made are kept and not made again)
"$STAD" tune "$SRC" --head "$HEAD" --repeat 3 --min-sample 0.02 --random 4 --jobs 2 -o "$tmp/k" > "$tmp/out3" 2> "$tmp/err3" &
pid=$!
i=0
while [ "$(nmeas "$tmp/k")" -lt 1 ] && [ $i -lt 600 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -TERM $pid
wait $pid
st=$?
[ $st -ne 0 ] || fail "tune finished before it could be stopped (status $st)"
sleep 0.2
[ -z "$(running "$tmp/k")" ] || { running "$tmp/k"; fail "runs left behind by a stopped tune"; }
grep -q 'warning: 2 runs at a time on this machine disturb each other' "$tmp/err3" || { cat "$tmp/err3"; fail "no warning"; }
cp "$tmp/k/measurements" "$tmp/before"
"$STAD" tune "$SRC" --head "$HEAD" --repeat 3 --min-sample 0.02 --random 4 --jobs 2 -o "$tmp/k" > "$tmp/out4" 2>&1 || { cat "$tmp/out4"; fail "resume"; }
n0=$(wc -l < "$tmp/before")
head -n "$n0" "$tmp/k/measurements" | cmp -s - "$tmp/before" || fail "the resumed run changed the measurements made"
dups=$(grep -v '^#' "$tmp/k/measurements" | cut -d' ' -f1 | sort | uniq -d)
[ -z "$dups" ] || fail "measured again after resuming: $dups"
[ "$(sites "$tmp/k")" = "$(sites "$tmp/j1")" ] || fail "the resumed run chose another table"
# a profile is renamed into place with its times: no profile without them
for p in "$tmp"/k/profiles/*.prof; do [ -f "$p.time" ] || fail "$p without its times"; done

# 3. time limit: a run past it is killed (here the default's: an error, nothing left running)
if "$STAD" tune "$SRC" --head "$HEAD" --time-limit 0.001 --min-sample 0 -o "$tmp/l" > "$tmp/out5" 2>&1; then
	fail "a run past --time-limit was not stopped"
fi
grep -q 'passed the time limit of 0.001 s' "$tmp/out5" || { cat "$tmp/out5"; fail "time limit message"; }
[ -z "$(running "$tmp/l")" ] || fail "a run past its limit left behind"

# a configuration killed at the limit (recorded so in the measurements: here the loop's first
# move, all off) is undone, never the best, and stays out of the plot
mkdir "$tmp/t"
: > "$tmp/t/.stad-tune"
printf '# clock cpu\n# timeout 00 1000000 0\n' > "$tmp/t/measurements"
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --min-sample 0.02 -o "$tmp/t" > "$tmp/out9" 2>&1 || { cat "$tmp/out9"; fail "tune with a timed-out move"; }
grep -q '^   1 .*killed at the time limit of [0-9.]* s  undone' "$tmp/out9" || { cat "$tmp/out9"; fail "the timed-out move"; }
grep -q '"config": "00", "kind": "tuning", "time_s": 1000000.000000000, .*"timed_out": true' "$tmp/t/report.json" ||
	fail "report.json: timed_out"
grep -q '"best": {"config": "00"' "$tmp/t/report.json" && fail "a timed-out configuration is the best"
grep -q '18446744073709551615\|e+' "$tmp/t/plot.svg" && fail "the timed-out run in the plot"
# one that passed a shorter limit than today's is measured again, and that measurement is the one
# a later run reads back
mkdir "$tmp/u"
: > "$tmp/u/.stad-tune"
printf '# clock cpu\n# timeout 00 0.000001 0\n' > "$tmp/u/measurements"
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --min-sample 0.02 -o "$tmp/u" > "$tmp/out10" 2>&1 || { cat "$tmp/out10"; fail "tune after a short limit"; }
grep -q '^00 [0-9.]* [0-9]* 0 0$' "$tmp/u/measurements" || fail "not measured again under the longer limit"
grep -q 'killed at the time limit' "$tmp/out10" && fail "an old time limit held"
m1=$(wc -l < "$tmp/u/measurements")
"$STAD" tune "$SRC" --head "$HEAD" --repeat 1 --min-sample 0.02 -o "$tmp/u" > "$tmp/out11" 2>&1 || fail "resume after a re-measurement"
[ "$m1" = "$(wc -l < "$tmp/u/measurements")" ] || fail "the re-measured configuration was measured a third time"
grep -q 'killed at the time limit' "$tmp/out11" && fail "the resumed run read the old time-out"

# 4. misuse
"$STAD" tune "$SRC" --head "$HEAD" --jobs 2 --clock wall -o "$tmp/m" > "$tmp/out6" 2>&1 && fail "--clock wall with --jobs 2"
grep -q 'stretch each other' "$tmp/out6" || fail "--clock wall refusal"
"$STAD" tune "$SRC" --head "$HEAD" --launcher "srun 'x y'" -o "$tmp/m" > "$tmp/out7" 2>&1 && fail "a quoted launcher"
grep -q 'without a shell' "$tmp/out7" || fail "--launcher refusal"
"$STAD" tune "$SRC" --head "$HEAD" --jobs 0 -o "$tmp/m" > "$tmp/out8" 2>&1 && fail "--jobs 0"
echo "PASS tune --jobs, --launcher, stop and resume, time limit"
