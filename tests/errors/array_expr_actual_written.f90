! An array expression passed to an INTENT(OUT) or INTENT(INOUT) dummy, which may assign it (as
! gfortran, refused: an expression is not a variable), and to a scalar dummy: one located
! error each.
subroutine upd(v, w)
  real(8), intent(inout) :: v(3)
  real(8), intent(out) :: w(3)
  v = v + 1d0
  w = v
end subroutine upd

subroutine one(s)
  real(8), intent(in) :: s
  print *, s
end subroutine one

subroutine t(x, y)
  real(8) x(3), y(3)
  call upd(x * 2d0, y)
  call upd(x, y + 1d0)
  call one(x + 1d0)
end subroutine t
