! stad: --head 'f(y)/(x)'
! !$AD LINEAR-SOLVE gives the solution x= its derivative; a REAL the solver also writes (a
! residual norm, a residual vector) has none, so reading it after the call into something active
! is refused at the read (trial s16: documented, unchecked): a norm read after the call, and a
! residual vector read at the top of the loop's next iteration. Not refused: the iteration
! count, a norm tested in an IF, a norm written again before it is read, work vectors the next
! solve takes again.
module lsys
  implicit none
  real(8) :: a(3), u(3), r(3), res(3)
end module lsys

subroutine amul(v, w)
  use lsys
  implicit none
  real(8), intent(in) :: v(3)
  real(8), intent(inout) :: w(3)
  w = a * v
end subroutine amul

subroutine solve(rn, its)
  use lsys
  implicit none
  real(8), intent(out) :: rn
  integer, intent(out) :: its
  real(8) :: q(3)
  its = 0
  rn = 1
  do while (rn > 1d-14 .and. its < 100)
    call amul(u, q)
    res = r - q
    u = u + res / a
    rn = sqrt(sum(res**2))
    its = its + 1
  end do
end subroutine solve

subroutine f(x, y)
  use lsys
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  real(8) :: rn, z
  integer :: its, k
  a = 2 + x**2
  r = x
  u = 0
  z = 0
  !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
  call solve(rn, its)
  y = sum(u) + rn
  do k = 1, 2
    z = z + res(1)
    r = r + u
    !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
    call solve(rn, its)
    if (rn > 1d-3) z = z + 1
    rn = 0
    z = z + rn * its
  end do
  y = y + z + sum(u)
end subroutine f
