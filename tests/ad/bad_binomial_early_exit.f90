! stad: --head 'f(y)/(x)'
! A BINOMIAL-CKP loop cannot be left early: the step count must be known.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: t
  y = x
!$AD BINOMIAL-CKP n 2 1
  do t = 1, n
    y = sin(y)
    if (y < 0.1d0) exit
  end do
end subroutine f
