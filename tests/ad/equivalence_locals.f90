! stad: --head 'f(y)/(x)' --set n=6
! EQUIVALENCE of locals: the class (a, b, s, t) and the class (c, d) each become one array, so a
! write through one name is a write of the other's storage for activity and the adjoint too:
! b(1) is a(4), t is s is b(3) is a(6), c(2, 1) is d(2). A whole member passed as an actual
! (b to sq) and an internal procedure that reads members by host association. A local q
! EQUIVALENCEd with the COMMON member p(2) extends /cb/ past its end: st writes p and q's
! elements, rd reads the block with another layout (pp(5)).
subroutine f(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: a(6), b(3), s, t, c(2, 2), d(4)
  integer :: i
  real(8) :: p(3), q(4)
  common /cb/ p
  equivalence (p(2), q(1))
  equivalence (a(4), b(1)), (s, t)
  equivalence (c, d), (b(3), s)
  do i = 1, 6
    a(i) = x(i) * i
  end do
  b(1) = b(1) + a(5) * 2
  t = t * b(2)
  c(1, 1) = a(1)
  d(2) = x(2) * x(3)
  c(1, 2) = c(2, 1) + d(1)
  d(4) = sin(c(1, 2)) + s
  y = sum(a) + b(2) * s + c(2, 2) + d(3) * 0
  call sq(b, y)
  p(1) = x(1) * y
  q(1) = x(4)**2
  q(3) = p(3) * 0 + cos(x(5))
  q(4) = q(2) * 0 + q(1) * x(6)
  call rd(y)
  call more(y)
contains
  subroutine more(z)
    real(8), intent(inout) :: z
    z = z + a(1) * t
  end subroutine more
end subroutine f

subroutine sq(v, z)
  implicit none
  real(8), intent(in) :: v(3)
  real(8), intent(inout) :: z
  z = z + v(1) * v(2) + v(3)**2
end subroutine sq

subroutine rd(z)
  implicit none
  real(8), intent(inout) :: z
  real(8) :: pp(5)
  common /cb/ pp
  z = z + pp(1) * pp(2) + pp(4) * pp(5) + sin(pp(3))
  pp(5) = 0
end subroutine rd
