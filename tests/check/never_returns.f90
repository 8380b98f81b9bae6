! A head that never returns (y grows without end): stad check says so while it runs, and Ctrl-C
! leaves no folder behind (tests/check/run_check_stop.sh, part 3).
subroutine cr(x, s)
  real(8), intent(in) :: x
  real(8), intent(out) :: s
  real(8) :: y
  y = x
  do while (y > 0d0)
    y = y + 1d0
  end do
  s = y * x
end subroutine
