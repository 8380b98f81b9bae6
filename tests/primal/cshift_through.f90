! CSHIFT read through in elementwise assignments: neighbours along both dimensions of the array
! assigned, `u = cshift(u, 1)`, shifts by variables (negative, larger than the extent, zero),
! sections with strides, lower bounds other than 1, CSHIFT inside WHERE; CSHIFT and EOSHIFT
! with a DIM known only at run time.
program cshift_through
  implicit none
  integer, parameter :: n = 5
  real(8) :: u(n, 3), v(n, 3), a(n), b(n), c(0:n-1)
  integer :: i, j, k, d
  do j = 1, 3
    do i = 1, n
      u(i, j) = i + 10 * j
      v(i, j) = 0.5d0 * i - j
    end do
  end do
  do i = 1, n
    a(i) = i * i
    c(i - 1) = -i
  end do
  u = u + (cshift(u, 1, dim=1) + cshift(u, -1, dim=1) + cshift(u, 1, dim=2) + cshift(u, -1, 2)) / 8
  print *, u
  u = cshift(u, 1)
  print *, u
  do k = -7, 7, 3
    v = cshift(v, k, 2) + 0.5d0 * cshift(u, k)
    print *, v
  end do
  k = 0
  b = 0  ! (only b(1:3) is assigned next; all of b is printed)
  b(1:3) = cshift(a(n:1:-2), k - 1) + 0.5d0 * a(1:3)
  print *, b
  b = a * cshift(c, 2) + cshift(a, -1)
  print *, b
  c = cshift(c, -2) + cshift(a, 1)
  print *, c
  where (cshift(a, 1) > a) a = cshift(a, 1) - a
  print *, a
  do d = 1, 2
    v = cshift(u, d + 1, d) + eoshift(u, d - 3, 9.0d0, d)
    print *, v
    u = cshift(u, -1, dim=d)
    print *, u
    v = eoshift(v, 1, dim=d)
    print *, v
  end do
end program cshift_through
