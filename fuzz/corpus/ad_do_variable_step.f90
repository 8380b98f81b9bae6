! stad: --head 'varstep(s)/(x)' --set n=9 --set k=2
! DO loops whose step is a variable: positive from an argument, negative computed from it.
subroutine varstep(n, k, x, s)
  implicit none
  integer, intent(in) :: n, k
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i, m
  s = 0
  do i = 1, n, k
    s = s + x(i) * s + x(i)**2
  end do
  m = -(k + 1)
  do i = n, 1, m
    s = s * 0.5d0 + cos(x(i)) * s
  end do
end subroutine varstep
