! WHERE lowered to one loop nest where every reference is at the element assigned (three
! branches, two arrays, sections with the same triplets, lower bounds other than 1, an ELSEWHERE
! mask reading what the WHERE block assigned), and constructs that must go statement by
! statement: a statement reading a neighbour of an array assigned before it, an ELSEWHERE mask
! reading a neighbour, an assigned array read through another section, a reduction.
program where_fused
  implicit none
  integer, parameter :: n = 7
  real(8) :: u(n, 3), v(n, 3), p(0:n-1), q(0:n-1), a(n), b(n), c(n)
  integer :: i, j
  do j = 1, 3
    do i = 1, n
      u(i, j) = 0.15d0 * i * j - 0.2d0 * j
      v(i, j) = 0.1d0 * (n - i) + 0.05d0 * j
    end do
  end do
  do i = 1, n
    a(i) = 0.1d0 * i * (-1)**i + 0.3d0
    b(i) = 0.7d0 - 0.08d0 * i
  end do
  c = a + b
  p = a
  q = b
  where (u > 0.7d0)
    u = u - 0.1d0 * (u - 0.7d0)**2
    v = v * u
  elsewhere (u < 0.3d0 .and. v > 0)
    v = sqrt(v) + u
    u = u + 0.2d0 * u * (0.3d0 - u)
  elsewhere
    u = 1.01d0 * u + exp(-v * v)
  end where
  print *, u
  print *, v
  where (u(2:n-1, 2:3) > v(2:n-1, 2:3))
    v(2:n-1, 2:3) = max(v(2:n-1, 2:3), 0.5d0 * u(2:n-1, 2:3))
  elsewhere (v(2:n-1, 2:3) > 0.3d0)
    u(2:n-1, 2:3) = u(2:n-1, 2:3) / v(2:n-1, 2:3)
  end where
  print *, u
  print *, v
  ! the WHERE block makes the ELSEWHERE mask true at no element it assigned
  where (p > 0.5d0)
    p = 0
  elsewhere (p < 0.6d0)
    p = p + 10
  end where
  print *, p
  where (p > q)
    q = p * q
  elsewhere
    p = p + q
    q = cos(p)
  end where
  print *, p
  print *, q
  where (a > 0.2d0)
    a = a * 2
    b = b + a(n:1:-1)
  elsewhere
    a = a + 1
  end where
  print *, a
  print *, b
  where (b > 0.5d0)
    b = b * b
  elsewhere (b(n:1:-1) > 0.3d0)
    b = b + a
  end where
  print *, b
  where (c > 0)
    c = c / sum(c)
    b = b + c
  end where
  where (c(2:n) > 0) a(2:n) = a(1:n-1) + c(2:n)
  print *, a
  print *, c
  where (a(1:n-1) > 0) a(2:n) = a(1:n-1) * 0.5d0
  print *, a
end program where_fused
