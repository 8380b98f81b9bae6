! FORALL: one-line and block forms, one and two indices, strides, a mask (reading the array
! assigned at the element assigned), right-hand sides reading other elements of the array
! assigned (a temporary: all of it is evaluated before any element is stored), several
! assignments in order, and an index named like a variable that keeps its value.
program array_forall
  implicit none
  integer, parameter :: n = 6
  real(8) :: a(n), b(n), q(n, n), r(0:n, n)
  integer :: i, j
  i = 42
  b = 0  ! (the masked FORALL below may leave elements unset)
  forall (i = 1:n) a(i) = i * 1.5d0 - 4
  print *, a, i
  forall (i = 2:n) a(i) = a(i - 1) + a(i)
  print *, a
  forall (i = 1:n, a(i) > 0) a(i) = sqrt(a(i))
  print *, a
  forall (i = 1:n, j = 1:n)
    q(i, j) = i - 2 * j + a(i)
    r(i, j) = q(i, j) * 0.5d0
  end forall
  print *, q
  print *, r(1:n, :)
  forall (i = 1:n, j = 1:n) q(i, j) = q(j, i) + 1
  print *, q
  forall (i = 1:n:2, j = n:1:-2, r(i, j) > 0)
    q(i, j) = -q(i, j)
    b(i) = j
  end forall
  print *, q
  print *, b(1:n:2)
  forall (j = 1:n) r(0, j) = sum(q(:, j))
  print *, r(0, :)
  forall (i = 1:n - 1) a(i + 1) = a(n + 1 - i) * 2 + a(i)
  print *, a
end program array_forall
