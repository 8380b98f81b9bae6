! stad: --head 'head(y)/(n)'
! --head names an integer argument as independent: only reals can be differentiated.
subroutine head(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * n
end subroutine head
