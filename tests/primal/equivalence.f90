! EQUIVALENCE between local variables of one type and kind: a scalar and an array element, an
! array overlapping another at an offset, a rank-2 array seen as a rank-1 one, a chain of groups
! joined by a shared member (either may come first), INTEGER and LOGICAL members, a SAVE'd
! member, a whole member passed as an actual argument, and an internal procedure that uses a
! member by host association.
subroutine work(x, y, calls)
  implicit none
  real(8), intent(in) :: x(6)
  real(8), intent(out) :: y
  integer, intent(out) :: calls
  real(8) :: a(6), b(3), s, t, c(2, 3), d(6), e(0:1)
  integer :: i, k(2), m
  logical :: p, q
  integer :: count
  save count, s
  equivalence (a(4), b(1)), (s, t)
  equivalence (c, d), (b(3), s)
  equivalence (e(1), a(1))
  equivalence (k(2), m), (p, q)
  data count /0/
  count = count + 1
  calls = count
  do i = 1, 6
    a(i) = x(i) * i
  end do
  e(0) = 0.5d0
  b(1) = b(1) + a(5) * 2
  t = t * b(2) + e(0)
  do i = 1, 6
    d(i) = 0.1d0 * i
  end do
  c(2, 1) = c(2, 1) + d(1)
  d(6) = sin(c(1, 2)) + s
  m = 3
  k(1) = k(2) + 1
  p = .true.
  q = .not. p
  y = sum(a) + b(2) * s + c(2, 3) + d(2) + k(1) + m + e(1)
  if (p) y = y + 100
  call sq(b, y)
  call twice(y)
contains
  subroutine twice(z)
    real(8), intent(inout) :: z
    z = z + t + a(6)
  end subroutine twice
end subroutine work

subroutine sq(v, z)
  real(8), intent(in) :: v(3)
  real(8), intent(inout) :: z
  z = z + v(1) * v(2) + v(3)**2
end subroutine sq

program equivalence
  implicit none
  real(8) :: x(6), y
  integer :: n
  x = [1d0, 0.5d0, -0.25d0, 2d0, 1.5d0, -1d0]
  call work(x, y, n)
  print *, y, n
  call work(x, y, n)
  print *, y, n
end program equivalence
