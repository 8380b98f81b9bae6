! stad: --head 'dc(f)/(x)' --set n=5
! DO CONCURRENT differentiated as the DO loops it stands for: one index, two indices and a mask
! reading an active array, CYCLE; the index is local to the construct (i outside keeps 7 and
! enters f). (The INTEGER :: type-spec, which gfortran 12 rejects: tests/parse/do_concurrent.f90.)
subroutine dc(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: y(n), z(3, n)
  integer :: i, j, k
  z = 0
  i = 7
  do concurrent (i = 1:n)
    y(i) = sin(x(i))
  end do
  do concurrent (k = 1:3, j = 1:n, x(j) > 0.2d0)
    z(k, j) = x(j)*k*y(j)
  end do
  do concurrent (j = 1:n)
    if (j == 2) cycle
    y(j) = y(j)*x(j)
  end do
  f = sum(y) + i*sum(z**2)
end subroutine dc
