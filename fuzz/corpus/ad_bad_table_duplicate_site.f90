! stad: --head 'head(y)/(x)' --table bad_table_duplicate_site.table
! A toggle table that lists the same site twice.
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
