! A hidden extent whose usual name (x_size1) a dummy of the source has: stad calls it x_size1_1,
! and --set x_size1=N says so (run_check_cli.sh; s19 trial D F3).
module hid_m
contains
  subroutine r13cost(x, x_size1, x_size10, f)
    real(8), intent(in) :: x(:)
    real(8), intent(in) :: x_size1
    integer, intent(in) :: x_size10
    real(8), intent(out) :: f
    f = sum(x**2)*x_size1 + x_size10*x(1)
  end subroutine
end module
