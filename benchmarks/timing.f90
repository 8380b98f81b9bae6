! timing.f90 -- what every benchmark's gfortran driver (M/main.f90) shares: the report of its
! primal timings (median and minimum of n runs). Compiled before main.f90 by run.sh and
! gfortran.sh:  gfortran -O2 M/M.f90 timing.f90 M/main.f90
module bench_timing
  implicit none
contains

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
