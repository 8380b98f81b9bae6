! stad: --head 'ocost(f)/(x w)'
! OPTIONAL arguments across --fortran-abi: a gfortran caller omits w (and wb, wd) or gives them,
! positionally or by keyword; the exported routine gets a null pointer for each omitted one, as
! gfortran passes it, and PRESENT tests it. A module variable the program sets scales the cost.
module ostate
  implicit none
  real(8) :: gain = 1d0
end module

subroutine ocost(n, x, f, w, mode)
  use ostate
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), optional, intent(in) :: w(n)
  integer, optional, intent(in) :: mode
  integer :: i
  f = 0
  do i = 1, n
    if (present(w)) then
      f = f + w(i) * x(i)**2
    else
      f = f + sin(x(i))
    end if
  end do
  if (present(mode)) then
    if (mode == 2) f = f * f
  end if
  f = gain * f
end subroutine
