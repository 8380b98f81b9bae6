! stad: --head 'ovl(y)/(x)' --set n=3
! Two elements of one work array given to two dummies, a(n) and b(*), with subscripts only known
! at run time (`call upd(w(k), w(k-1), 1)`): sema_alias.c refuses the overlap only when it can
! see it (constant subscripts), so these are accepted, and here b(2) and a(1) are one element.
! Non-conforming (upd changes b(2) while a(1) is referenced), but the primal runs as gfortran's,
! and mark_aliasing pairs a and b for TBR (one call gives them one variable). Two gaps remained:
! a statement writing b(2) whose own adjoint reads a(1) did not save b(2) (upd alone, with a(1)**2:
! 4.045e-02 against tangent = fd 6.067e-02 in every configuration), and `b(2) = a(1)**2` zeroed b(2)'s
! adjoint after adding a(1)'s into that same storage (put: 3.869e-01 against 1.738e-01). part is
! the conforming F77 partition (`call part(w(1), w(n+1), n)`), disjoint, in a BINOMIAL-CKP loop;
! two2 passes its overlapping dummies on to two1 (the pairs follow the caller's: 6.517e-01
! against 7.198e-01 before), and two1's C primal kept `restrict` on b (sema_alias.c saw no
! two parts of one array at two2's call): at -O2 the primal, and so the differences, differed
! from -O0's (fd 3.536e-01 against tangent = adjoint 3.484e-01). The same with a dummy and the
! module array it is (alias6's pairs): gl3's `c(1) = g(3)**2`, c(1) being g(3), saved nothing
! and zeroed c(1)'s adjoint after adding g(3)'s (-7.426e-02 against tangent = fd -1.888e-01,
! every configuration).
module alias_rt_m
  implicit none
  real(8) :: g(5)
contains
  subroutine gl3(c, n)
    integer :: n
    real(8) :: c(n)
    c(1) = g(3)**2
    c(2) = g(4)*g(3)
  end subroutine
  subroutine gl1(a, n)
    integer :: n
    real(8) :: a(n)
    call gl3(a(2), n)
    a(1) = a(1)*g(1)
  end subroutine
end module

subroutine upd(a, b, n)
  integer :: n
  real(8) :: a(n), b(*)
  b(2) = b(2)*0.5d0 + 0.2d0*a(1)**2
end subroutine

subroutine put(a, b, n)
  integer :: n
  real(8) :: a(n), b(*)
  b(2) = a(1)**2
  b(1) = b(1) + a(1)
end subroutine

subroutine part(a, b, n)
  integer :: n, i
  real(8) :: a(n), b(*)
  do i = 1, n
    b(i) = 0.5d0*b(i) + 0.3d0*a(i)*a(1)
  end do
  a(1) = a(1)*b(1)
end subroutine

subroutine two1(a, b)
  real(8) :: a(*), b(*)
  b(2) = a(1)**2
  b(1) = b(1) + a(2)*0.5d0
end subroutine

subroutine two2(u, v, n)
  integer :: n
  real(8) :: u(n), v(*)
  call two1(u(1), v(1))
  u(1) = u(1)*v(2)
end subroutine

subroutine ovl(x, y, n)
  use alias_rt_m
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(2*n+2)
  real(8), intent(out) :: y
  real(8) :: w(2*n+2)
  integer :: k, it
  w = x
  k = n + 1
  call upd(w(k), w(k-1), 1)
  call put(w(k+1), w(k), 1)
  !$AD BINOMIAL-CKP 3 2 1
  do it = 1, 3
    call part(w(1), w(n+1), n)
    call upd(w(k), w(k-1), 1)
  end do
  call two2(w(k), w(k-1), 2)
  g = x(1:5)
  call gl1(g(k-2), 3)
  y = sum(w**2) + sum(g**2)
end subroutine
