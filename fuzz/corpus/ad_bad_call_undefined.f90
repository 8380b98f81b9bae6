! stad: --head 'head(y)/(x)'
! A CALL of a routine that is in none of the given files: stad cannot differentiate what it
! cannot see.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x
  call missing(x, y)
end subroutine head
