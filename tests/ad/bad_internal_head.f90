! stad: --head 'smooth(w)/(c)'
! The head may not be an internal procedure: it has a host.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  y = 0
  call smooth(2d0)
contains
  subroutine smooth(c)
    real(8), intent(in) :: c
    y = y + c * sum(x)
  end subroutine smooth
end subroutine f
