! F77 style: a function known only by its type. Without its source, a --lib description or
! the pragma, the reference is refused with the three ways out.
subroutine s(x, y)
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: y
  double precision dnrm2
  y = dnrm2(4, x, 1)
end subroutine s
