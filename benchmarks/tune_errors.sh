#!/usr/bin/env bash
# tune_errors.sh -- the time-prediction error of `stad tune` runs, from their report.json files.
#
#   tune_errors.sh DIR...      (each DIR a `stad tune -o DIR` folder run with --random N)
#
# Per folder: the clock tune measured with, the default profile's time scale (measured seconds per
# profile second), how many configurations were predicted and measured, the median and largest
# relative time error |predicted - measured| / measured over all of them (report.json's
# prediction_error), and over the random points alone (predicted from the default's profile)
# the median error of the scaled model and of the same prediction unscaled (default time +
# profile seconds, the model before the scale: (predicted - default) / scale + default), and of
# the same prediction from the default measured at the start instead of next to the point
# (predicted - anchor_s + default: the model before the anchors).
# Bash and awk only.
set -euo pipefail
for d in "$@"; do
    awk -v dir="$d" '
    function num(line, key,   s) { s = line; if (index(s, "\"" key "\"") == 0) return ""; sub(".*\"" key "\": *", "", s); sub(/[,}].*/, "", s); return s + 0 }
    function str(line, key,   s) { s = line; sub(".*\"" key "\": *\"", "", s); sub(/".*/, "", s); return s }
    function med(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n == 0 ? 0 : n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    function abs(x) { return x < 0 ? -x : x }
    /"baseline"/ { t0 = num($0, "time_s") }
    /"prediction_error"/ { m = num($0, "time_median"); mx = num($0, "time_max"); n = num($0, "n");
                           ex = num($0, "peaks_exact"); clk = str($0, "clock"); sc = num($0, "time_scale") }
    /"kind": "random"/ && /"predicted"/ {
        s = $0; sub(/"predicted".*/, "", s); meas = num(s, "time_s"); an = num(s, "anchor_s")
        s = $0; sub(/.*"predicted": /, "", s); pred = num(s, "time_s")
        nr++; e1[nr] = abs(pred - meas) / meas
        base = an > 0 ? an : t0
        old = (sc > 0 ? (pred - base) / sc : pred - base) + base; e0[nr] = abs(old - meas) / meas
        e2[nr] = abs(pred - base + t0 - meas) / meas }
    END { printf "%-28s %-4s scale %5.2f  n %3d  median %5.1f %%  max %6.1f %%  peaks exact %d/%d | random %2d: scaled %5.1f %%, unscaled %5.1f %%, unanchored %5.1f %%\n",
                 dir, clk, sc, n, 100 * m, 100 * mx, ex, n, nr, 100 * med(e1, nr), 100 * med(e0, nr), 100 * med(e2, nr) }
    ' "$d/report.json"
done
