#!/bin/sh
# gen.sh -- write a synthetic Fortran file of about N lines for the frontend
# throughput benchmark (run.sh).
#
#   gen.sh N OUT.f90
#
# The file stays inside the Fortran subset of DESIGN.md section 2: one module
# with PARAMETERs and variables, then subroutines sub_1 .. sub_K built from a
# handful of block kinds (loops, negative-step loops, IF / ELSE IF / ELSE,
# logical IF with CYCLE and EXIT, DO WHILE, reductions, intrinsics, calls of
# user FUNCTIONs, module variables), then the head
#
#   gen_head(x, cost)        --head 'gen_head(cost)/(x)'
#
# Calls form chains of four (sub_k calls sub_k-1 unless k = 1 mod 4), and the
# head calls the top of every chain, so the call graph is acyclic and a run
# makes about K calls.  The blocks are picked by a fixed Park-Miller generator,
# so the same N always gives the same file, whichever awk runs it.
# POSIX sh and awk only.

set -eu

if [ $# -ne 2 ]; then
    echo "usage: gen.sh N OUT.f90" >&2
    exit 2
fi
case $1 in
    ''|*[!0-9]*) echo "gen.sh: N must be a positive integer, not '$1'" >&2; exit 2 ;;
esac
if [ "$1" -lt 200 ]; then
    echo "gen.sh: N must be at least 200" >&2
    exit 2
fi

tmp="$2.tmp.$$"
trap 'rm -f "$tmp"' EXIT

awk -v target="$1" '
function rnd() {                 # Park-Miller: exact in double precision
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
}
function pick(k) { return int(rnd() * k) }
function emit(s) { print s; nl++ }
function coef() { return sprintf("c%d", 1 + pick(4)) }

function module_unit() {
    emit("! Synthetic input for the stad frontend benchmark, written by gen.sh.")
    emit("! Head: gen_head(cost)/(x)")
    emit("")
    emit("module gen_mod")
    emit("  implicit none")
    emit("  integer, parameter :: n = 64")
    emit("  real(8), parameter :: c1 = 0.5d0")
    emit("  real(8), parameter :: c2 = 0.25d0")
    emit("  real(8), parameter :: c3 = 1.5d-2")
    emit("  real(8), parameter :: c4 = 2.0d0")
    emit("  real(8) :: gwork(n)")
    emit("  real(8) :: gscale")
    emit("end module gen_mod")
    emit("")
}

function function_unit(f) {
    emit(sprintf("function gfun_%d(a, b) result(r)", f))
    emit("  use gen_mod")
    emit("  implicit none")
    emit("  real(8), intent(in) :: a, b")
    emit("  real(8) :: r")
    emit("")
    emit(sprintf("  r = a * b / (1.0d0 + a * a) + %s * sin(b) - 1.0d-3 * %d", coef(), f))
    emit(sprintf("end function gfun_%d", f))
    emit("")
}

# Block kinds; each leaves x intent(in) untouched and y, s, gwork bounded.
function block(kind) {
    if (kind == 0) {
        emit("  do i = 1, n")
        emit(sprintf("    w(i) = %s * x(i) &", coef()))
        emit("         + y(i) * y(i) / (1.0d0 + x(i) * x(i))   ! continued")
        emit("    y(i) = y(i) + 0.01d0 * tanh(w(i))")
        emit("  end do")
    } else if (kind == 1) {
        emit("  do i = 1, n")
        emit(sprintf("    if (x(i) > %.2fd0) then", 0.1 + pick(5) / 10))
        emit("      y(i) = y(i) * 0.99d0 + 0.001d0 * sqrt(1.0d0 + x(i) * x(i))")
        emit("    else if (x(i) < -0.3d0) then")
        emit("      y(i) = y(i) - 0.002d0 * exp(-abs(x(i)))")
        emit("    else")
        emit("      y(i) = max(y(i), -1.0d0) + 0.0001d0 * x(i)")
        emit("    end if")
        emit("  end do")
    } else if (kind == 2) {
        emit("  do i = n - 1, 2, -1")
        emit("    w(i) = 0.25d0 * (y(i-1) + 2.0d0 * y(i) + y(i+1))")
        emit("  end do")
        emit("  do i = 2, n - 1")
        emit("    y(i) = 0.5d0 * (y(i) + w(i))")
        emit("  end do")
    } else if (kind == 3) {
        emit("  t = 0.0d0")
        emit("  do i = 1, n")
        emit("    t = t + x(i) * y(i)")
        emit("  end do")
        emit(sprintf("  s = s + %s * 1.0d-3 * t / dble(n)", coef()))
    } else if (kind == 4) {
        emit("  k = 0")
        emit("  t = 1.0d0")
        emit("  do while (k < 5 .and. t > 1.0d-3)")
        emit("    t = t * 0.5d0 + 0.01d0 * cos(s)")
        emit("    k = k + 1")
        emit("  end do")
        emit("  s = 0.9d0 * s + 0.1d0 * t")
    } else if (kind == 5) {
        emit("  do i = 1, n")
        emit("    if (x(i) > 2.0d0) cycle")
        emit("    if (y(i) > 1.0d3) exit")
        emit("    k = mod(i, 3)")
        emit(sprintf("    if (k == %d) y(i) = y(i) + 1.0d-4 * dble(k + 1) * x(i)", pick(3)))
        emit("  end do")
    } else if (kind == 6) {
        emit("  do i = 1, n")
        emit(sprintf("    gwork(i) = 0.5d0 * gwork(i) + %s * 1.0d-2 * y(i) ** 2", coef()))
        emit("  end do")
        emit("  gscale = 1.0d0 + 1.0d-3 * s")
    } else {
        emit("  do i = 1, n")
        emit("    t = atan2(y(i), 1.0d0 + abs(x(i))) + log(2.0d0 + cos(x(i)))")
        emit(sprintf("    y(i) = y(i) - %s * 1.0d-3 * (t - sign(1.0d0, x(i)) * min(abs(t), 0.5d0))", coef()))
        emit("  end do")
    }
}

# One subroutine: declarations, a few blocks, maybe a call down the chain.
# The body is written to a buffer first, because which functions it uses
# decides the EXTERNAL declarations above it.
function sub_unit(k,    nb, b, body, save_nl, f) {
    emit(sprintf("! sub_%d: %s", k, k % 4 == 1 ? "bottom of a call chain" : "calls the one below it"))
    emit(sprintf("subroutine sub_%d(x, y, s)", k))
    emit("  use gen_mod")
    emit("  implicit none")
    emit("  real(8), intent(in) :: x(n)")
    emit("  real(8), intent(inout) :: y(n)")
    emit("  real(8), intent(inout) :: s")
    emit("  real(8) :: w(n), t")
    emit("  integer :: i, k")
    # Decide the blocks, then declare the functions they call.
    nb = 3 + pick(5)
    split("", uses)
    for (b = 1; b <= nb; b++)
        kinds[b] = pick(9)
    for (b = 1; b <= nb; b++)
        if (kinds[b] == 7 && nfun > 0) {
            f = 1 + pick(nfun)
            uses[f] = 1
            chosen[b] = f
        }
    for (f = 1; f <= nfun; f++)
        if (f in uses)
            emit(sprintf("  real(8), external :: gfun_%d", f))
    emit("")
    emit("  do i = 1, n")
    emit("    w(i) = 0.0d0")
    emit("  end do")
    emit("  t = 0.0d0")
    emit("  k = 0")
    for (b = 1; b <= nb; b++) {
        if (kinds[b] == 7 && nfun > 0) {
            emit("  do i = 1, n")
            emit(sprintf("    t = gfun_%d(x(i), y(i))", chosen[b]))
            emit("    y(i) = y(i) + 1.0d-3 * t")
            emit("  end do")
        } else {
            block(kinds[b] == 7 ? 8 : kinds[b])
        }
        if (b == 2 && k % 4 != 1)
            emit(sprintf("  call sub_%d(x, y, s)", k - 1))
    }
    emit(sprintf("  s = s + 1.0d-6 * (t + dble(k) + w(1) + x(1))"))
    emit(sprintf("end subroutine sub_%d", k))
    emit("")
}

function head_unit(nsub,    k) {
    emit("subroutine gen_head(x, cost)")
    emit("  use gen_mod")
    emit("  implicit none")
    emit("  real(8), intent(in) :: x(n)")
    emit("  real(8), intent(out) :: cost")
    emit("  real(8) :: y(n), s")
    emit("  integer :: i")
    emit("")
    emit("  do i = 1, n")
    emit("    y(i) = 0.1d0 * x(i)")
    emit("    gwork(i) = 0.0d0")
    emit("  end do")
    emit("  gscale = 1.0d0")
    emit("  s = 0.0d0")
    for (k = 4; k <= nsub; k += 4)
        emit(sprintf("  call sub_%d(x, y, s)", k))
    if (nsub % 4 != 0)
        emit(sprintf("  call sub_%d(x, y, s)", nsub))
    emit("  cost = s * gscale")
    emit("  do i = 1, n")
    emit("    cost = cost + y(i) * y(i) + gwork(i)")
    emit("  end do")
    emit("end subroutine gen_head")
}

BEGIN {
    seed = 20240613
    nl = 0
    nfun = 0
    nsub = 0
    module_unit()
    # A subroutine is 28 to 69 lines (plus 9 for a function before it), the
    # head 20 + nsub/4: stop before the file could pass the target.
    while (nl + 78 + 22 + (nsub + 1) / 4 < target) {
        if (nsub % 25 == 0) {
            nfun++
            function_unit(nfun)
        }
        nsub++
        sub_unit(nsub)
    }
    head_unit(nsub)
}
' > "$tmp"
mv "$tmp" "$2"
trap - EXIT
