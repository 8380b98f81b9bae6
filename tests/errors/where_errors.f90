! What WHERE does not take: a nested WHERE, a statement other than an array assignment, a
! scalar assigned, a mask that is not LOGICAL or does not conform, a
! mask that must be a temporary when neither its shape nor the array assigned gives one.
subroutine s(n, x, y, z)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n), y(n, 2), z(*)
  real(8) :: t
  where (x > 0)
    where (x > 1) x = 1
  end where
  where (x > 0)
    call s2(x)
  end where
  where (x > 0) t = 1
  where (x + 1) x = 0
  where (y(:, 1) * 2) y(:, 2) = y(:, 1)
  where (y > 0) x = 1
  where (x(1:3) > 0) x(1:4) = 0
  where (z(1:n) > z(2:n+1)) z(1:n) = z(2:n+1)
end subroutine s
subroutine s2(x)
  real(8) :: x(3)
  x = 0
end subroutine s2
