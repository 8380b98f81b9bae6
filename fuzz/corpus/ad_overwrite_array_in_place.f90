! stad: --head 'inplace(a)/(a)' --set n=5
! An array updated in place by several sweeps (forward recurrence, then backward), each
! element overwritten with a nonlinear function of its old value.
subroutine inplace(n, a)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: a(n)
  integer :: i, sweep
  do sweep = 1, 2
    do i = 2, n
      a(i) = a(i) * (1.0d0 + 0.3d0 * a(i - 1))
    end do
    do i = n - 1, 1, -1
      a(i) = 0.5d0 * a(i) + 0.5d0 * cos(a(i + 1)) * a(i)
    end do
  end do
end subroutine inplace
