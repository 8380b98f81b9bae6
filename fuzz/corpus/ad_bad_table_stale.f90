! stad: --head 'head(y)/(x)' --table bad_table_stale.table
! A stale toggle table: the CALL of sq moved from line 12 to line 14 since it was written.
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
