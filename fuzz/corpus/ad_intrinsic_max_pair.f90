! stad: --head 'maxpair(y)/(x)'
! The smallest MAX: two active arguments.
subroutine maxpair(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  y = max(x(1), x(2))
end subroutine maxpair
