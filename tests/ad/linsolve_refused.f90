! stad: --head 'f(y)/(x)'
! !$AD LINEAR-SOLVE forms stad cannot reverse as one solve, refused at the directive: an apply
! routine the differentiated code does not have, a solution the call does not write, and a
! transpose= routine that does not take (x, y).
module lsys
  implicit none
  real(8) :: a(3), u(3), r(3)
end module lsys

subroutine amul(v, w)
  use lsys
  implicit none
  real(8), intent(in) :: v(3)
  real(8), intent(inout) :: w(3)
  w = a * v
end subroutine amul

subroutine solve()
  use lsys
  implicit none
  call amul(r, u)
  u = r / (a * a)
end subroutine solve

subroutine f(x, y)
  use lsys
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  a = 1 + x**2
  r = x
  !$AD LINEAR-SOLVE x=u b=r apply=amul2 symmetric
  call solve()
  !$AD LINEAR-SOLVE x=r b=u apply=amul symmetric
  call solve()
  !$AD LINEAR-SOLVE x=u b=r apply=amul transpose=solve
  call solve()
  y = sum(u)
end subroutine f
