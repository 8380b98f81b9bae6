! WHERE: the one-line statement, the block with ELSEWHERE and ELSEWHERE (mask), masks that read
! the array assigned (at the element assigned, at other elements, through a reduction), masks
! of sections and of rank 2, an ELSEWHERE mask evaluated after the assignments before it, and
! a reduction on the right evaluated after the assignments before it.
program array_where
  implicit none
  integer, parameter :: n = 8
  real(8) :: a(n), b(n), c(n), q(4, 3), r(4, 3)
  integer :: i, j
  do i = 1, n
    a(i) = (-1)**i * i * 0.5d0
    b(i) = i - 4.5d0
  end do
  where (a > 0) a = sqrt(a)
  print *, a
  where (b < 0)
    c = -b
    b = b * 2
  elsewhere
    c = b + 1
  end where
  print *, b
  print *, c
  where (a(2:n) > a(1:n-1)) a(1:n-1) = a(2:n)
  print *, a
  where (c > 2)
    c = 0
  else where (c > 1)
    c = 10
  elsewhere (c > 0.5d0)
    c = c * 3
  else where
    c = -1
  end where
  print *, c
  ! the ELSEWHERE mask reads b after the first assignment changed it
  where (b > 0)
    b = -b - 10
  elsewhere (b > -3)
    b = 100
  endwhere
  print *, b
  ! a reduction on the right is evaluated where the assignment stands
  where (a /= 0)
    a = a * 2
    c = a / sum(a)
  end where
  print *, c
  where (a > sum(a) / n) a = a - sum(a)
  print *, a
  do j = 1, 3
    do i = 1, 4
      q(i, j) = i - j * 1.5d0
      r(i, j) = i * j
    end do
  end do
  where (q(:, 2:3) < 0) r(:, 1:2) = q(:, 2:3) * r(:, 2:3)
  print *, r
  where (transpose(r(1:3, 1:3)) > 2)
    q(1:3, :) = 1 / r(1:3, :)
  end where
  print *, q
  where (.not. (a > 0 .and. c < 1)) a = 7
  print *, a
  where (a(n:1:-1) > 1) a = a(n:1:-1)
  print *, a
end program array_where
