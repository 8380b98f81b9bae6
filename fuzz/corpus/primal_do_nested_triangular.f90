! Nested DO loops whose bounds depend on the outer loop variables: a lower triangle, an upper
! triangle walked downwards, and a three-deep tetrahedral loop (a Cholesky-style pattern).
program do_nested_triangular
  implicit none
  integer, parameter :: n = 5
  real(8) :: a(n, n), l(n, n), s
  integer :: i, j, k, cnt

  ! a symmetric positive definite matrix
  do j = 1, n
    do i = 1, n
      a(i, j) = 1.0d0 / (i + j - 1)
      l(i, j) = 0.0d0
    end do
    a(j, j) = a(j, j) + 1.0d0
  end do

  ! Cholesky: a = l l^T
  do j = 1, n
    s = a(j, j)
    do k = 1, j - 1
      s = s - l(j, k)**2
    end do
    l(j, j) = sqrt(s)
    do i = j + 1, n
      s = a(i, j)
      do k = 1, j - 1
        s = s - l(i, k) * l(j, k)
      end do
      l(i, j) = s / l(j, j)
    end do
  end do
  print *, l(1, 1), l(2, 1), l(3, 3), l(5, 4), l(5, 5)

  ! upper triangle, walked backwards
  s = 0.0d0
  do i = n, 1, -1
    do j = n, i, -1
      s = s + a(i, j) * (j - i + 1)
    end do
  end do
  print *, s

  cnt = 0
  do i = 1, n
    do j = 1, i
      do k = j, i
        cnt = cnt + 1
      end do
    end do
  end do
  print *, cnt, i, j, k
end program do_nested_triangular
