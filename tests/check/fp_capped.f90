! An !$AD FP-LOOP whose adjoint the cap stops before it converges (maxiter=2): the run-time
! warning names the loop's file and line (run_check_cli.sh 13).
subroutine fpc(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: s, t, e
  s = 0
  e = 1
  !$AD FP-LOOP s maxiter=2
  do while (e > 1d-15)
    t = 0.5d0*sin(s) + x
    e = abs(t - s)
    s = t
  end do
  y = s
end subroutine
