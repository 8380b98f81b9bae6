! stad: --head 't(s)/(x)'
! Free form: tokens split across `&` ... `&` continuations (a name, a real constant, `**`, a
! subscript) in derivative code, read as gfortran reads them.
subroutine t(x, s)
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: s
  s = x(1) * 6&
  &.0d0 + co&
  &s(x(2)) * x(3)*&
       &*2 + sq&
       ! between
       &rt(x(&
       &4))
end subroutine t
