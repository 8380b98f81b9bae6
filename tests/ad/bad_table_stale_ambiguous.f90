! stad: --head 'head(y)/(x)' --table bad_table_stale_ambiguous.table
! A stale toggle table in the old form (caller:line:callee) whose call moved, in a caller that
! calls the routine twice: which call it meant cannot be known, so it cannot be carried over.
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
  real(8) :: t
  call sq(x, t)
  call sq(t, y)
end subroutine head
