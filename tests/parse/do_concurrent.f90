! DO CONCURRENT with an INTEGER :: type-spec in its header (Fortran 2008; gfortran 12 rejects
! it, so the test is stad's parse only), a mask, and a construct name.
subroutine dcs(n, x)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  rows: do concurrent (integer :: i = 1:n, x(i) > 0)
    x(i) = 2*x(i)
  end do rows
end subroutine dcs
