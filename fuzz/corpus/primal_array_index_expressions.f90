! Array subscripts that are expressions: a(2*i-1), a(n+1-i), an index from an integer
! function, an index held in another (integer) array, and integer arithmetic mixing + - * /
! and MOD in subscripts of a 2-D array.
program array_index_expressions
  implicit none
  integer, parameter :: n = 8
  real(8) :: a(n), b(n), c(0:n - 1, 2)
  integer :: perm(n), i, j
  real(8) :: s

  do i = 1, n
    a(i) = 1.0d0 / (2 * i + 1)
    perm(i) = mod(3 * i, n) + 1
  end do
  do i = 1, n / 2
    b(i) = a(2 * i - 1) + a(2 * i)
    b(n + 1 - i) = a(n + 1 - i) - a(i)
  end do
  print *, b(1), b(4), b(5), b(8)

  s = 0.0d0
  do i = 1, n
    s = s + a(perm(i)) * i
  end do
  print *, perm(1), perm(n), s

  do j = 1, 2
    do i = 0, n - 1
      c(i, j) = a(mod(i + j, n) + 1) * (3 - 2 * j)
    end do
  end do
  print *, c(0, 1), c(n - 1, 2), c(n / 2, j - 1), c(perm(2) - 1, 3 - perm(1) / 4)
end program array_index_expressions
