! timing.f90 -- what every benchmark's gfortran driver (M/main.f90) shares: the timed calls of the
! cost routine, the report of their median and minimum, and the finite-difference tables.
! Compiled before main.f90 by run.sh and gfortran.sh:  gfortran -O2 M/M.f90 timing.f90 M/main.f90
!
! A cost routine is `call cost(x, c)` with x the m inputs (of any shape: it is passed by address,
! so the procedure argument has an implicit interface; the models declare explicit shapes).
module bench_timing
  implicit none
contains

  ! The cost once (untimed, printed as `NAME cost`), n timed calls, their median and minimum,
  ! and central differences along dir for h = 1e-3 ... 1e-7 (they should agree).
  subroutine bench_report(cost, name, x, dir, m, n)
    external :: cost
    character(*), intent(in) :: name
    integer, intent(in) :: m, n
    real(8), intent(in) :: x(m), dir(m)
    real(8) :: xp(m), xm(m), c, cp, cm, h, t(n)
    integer(8) :: c0, c1, rate
    integer :: r, k

    call cost(x, c)
    call system_clock(count_rate=rate)
    do r = 1, n
      call system_clock(c0)
      call cost(x, c)
      call system_clock(c1)
      t(r) = dble(c1 - c0) / dble(rate)
    end do
    write(*, '(a, es24.16)') name // ' cost' // repeat(' ', max(1, 17 - len(name))), c
    call report_times(n, t)

    write(*, '(a)') 'directional central differences (should agree):'
    h = 1.0d-3
    do k = 1, 5
      xp = x + h * dir
      xm = x - h * dir
      call cost(xp, cp)
      call cost(xm, cm)
      write(*, '(a, es8.1, a, es24.16)') '  h = ', h, '  dJ = ', (cp - cm) / (2.0d0 * h)
      h = h / 10.0d0
    end do
  end subroutine bench_report

  ! The central difference at h = 1e-6 in input k alone, printed as `dJ/dLABEL, h=1e-6: `.
  subroutine bench_point_fd(cost, label, x, m, k)
    external :: cost
    character(*), intent(in) :: label
    integer, intent(in) :: m, k
    real(8), intent(in) :: x(m)
    real(8) :: xp(m), xm(m), cp, cm, h

    h = 1.0d-6
    xp = x
    xm = x
    xp(k) = xp(k) + h
    xm(k) = xm(k) - h
    call cost(xp, cp)
    call cost(xm, cm)
    write(*, '(a, es24.16)') 'dJ/d' // label // ', h=1e-6: ', (cp - cm) / (2.0d0 * h)
  end subroutine bench_point_fd

  subroutine report_times(n, t)
    integer, intent(in) :: n
    real(8), intent(inout) :: t(n)
    real(8) :: s
    integer :: a, b

    do a = 2, n
      s = t(a)
      b = a - 1
      do while (b >= 1)
        if (t(b) <= s) exit
        t(b + 1) = t(b)
        b = b - 1
      end do
      t(b + 1) = s
    end do
    write(*, '(a, i0, a, f10.2, a, f10.2, a)') 'primal time over ', n, ' runs: median ', &
      1.0d3 * t((n + 1) / 2), ' ms, min ', 1.0d3 * t(1), ' ms'
  end subroutine report_times

end module bench_timing
