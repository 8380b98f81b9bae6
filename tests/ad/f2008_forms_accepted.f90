! stad: --head 't(s)/(x)'
! F2003-F2018 forms in derivative code: a BIND(C) module subroutine and function called with
! active arguments, a VOLATILE local, IMPLICIT NONE (TYPE, EXTERNAL), a BOZ mask by INT.
module f08_ad_m
  implicit none
contains
  subroutine prod(x, s) bind(c, name='prod_c')
    real(8), intent(in) :: x(2)
    real(8), intent(out) :: s
    s = x(1) * sin(x(2))
  end subroutine prod
  real(8) function sq(x) bind(c)
    real(8), intent(in) :: x
    sq = x * x
  end function sq
end module f08_ad_m

subroutine t(x, s)
  use f08_ad_m
  implicit none (type, external)
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: s
  real(8), volatile :: v
  v = x(2) * 0.5d0
  call prod(x, s)
  s = s + sq(x(1)) * iand(int(z'0F'), 6) + v * s
end subroutine t
