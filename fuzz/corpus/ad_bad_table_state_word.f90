! stad: --head 'head(y)/(x)' --table bad_table_state_word.table
! A toggle table with a state word that is neither on nor off.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine sq

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call sq(x, y)
  y = y * x
end subroutine head
