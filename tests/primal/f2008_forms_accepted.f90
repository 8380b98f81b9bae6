! F2003-F2018 forms accepted and ignored or read (trial B F7, F10, F11): BIND(C) module
! procedures (with NAME=, a function with RESULT), the VOLATILE attribute, IMPLICIT NONE (TYPE,
! EXTERNAL) and (TYPE), BOZ constants as INT's argument (hex, binary, octal, in a PARAMETER and
! in IAND).
module f08_acc_m
  implicit none
contains
  subroutine scale2(x, s) bind(c, name='scale2_c')
    real(8), intent(in) :: x(2)
    real(8), intent(out) :: s
    s = x(1) * x(2)
  end subroutine scale2
  function twice(x) result(y) bind(c)
    real(8), intent(in) :: x
    real(8) :: y
    y = 2 * x
  end function twice
end module f08_acc_m

program f2008_forms_accepted
  use f08_acc_m
  implicit none (type, external)
  integer, parameter :: mask = int(z'0F') + int(b'101')
  real(8), volatile :: vv
  real(8) :: x(2), s
  x = [1.5d0, -2d0]
  vv = 0.25d0
  call scale2(x, s)
  s = s + twice(x(1)) + vv
  print *, s, mask, int(o'17'), iand(int(Z"FF"), 7), int(z'7fffffff')
  call other(s)
  print *, s
contains
  subroutine other(y)
    implicit none (type)
    real(8) :: y
    y = y * 3
  end subroutine other
end program f2008_forms_accepted
