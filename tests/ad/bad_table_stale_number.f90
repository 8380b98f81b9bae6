! stad: --head 'head(y)/(x)' --table bad_table_stale_number.table
! A toggle table naming the second call of sq in head (head:sq#2) after one of the two calls was
! removed: the site numbers changed, so the table is stale.
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
end subroutine head
