! A value of 1e12 added to a sum of squares: central differences lose every digit to rounding
! at both steps, which then disagree with each other; tangent and adjoint agree, so `stad check`
! says "inconclusive" (exit 0), not MISMATCH.
subroutine offset(n, x, f)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  integer :: i
  f = 1d12
  do i = 1, n
    f = f + x(i)**2
  end do
end subroutine
