! stad: --head 'head(y)/(x)' --table bad_table_text_after_state.table
! A toggle table line with a third word after the state (comments need a #).
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
