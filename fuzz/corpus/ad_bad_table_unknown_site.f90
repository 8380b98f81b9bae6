! stad: --head 'head(y)/(x)' --table bad_table_unknown_site.table
! A toggle table naming a call site that does not exist (a callee that is never called).
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
