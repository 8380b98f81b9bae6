! The one-line logical IF with each kind of action statement: assignment, CALL, PRINT,
! EXIT, CYCLE and RETURN.
module logical_if_forms_m
  implicit none
  real(8) :: acc
contains
  subroutine bump(v)
    real(8), intent(in) :: v
    acc = acc + v
  end subroutine bump

  subroutine clip(x)
    real(8), intent(inout) :: x
    if (x <= 1.0d0) return
    x = 1.0d0 + log(x)
  end subroutine clip
end module logical_if_forms_m

program logical_if_forms
  use logical_if_forms_m
  implicit none
  integer :: i
  real(8) :: x, s

  acc = 0.0d0
  s = 0.0d0
  do i = 1, 20
    x = 0.37d0 * i
    if (x > 5.0d0) exit
    if (mod(i, 3) == 0) cycle
    if (x > 1.0d0) call bump(x)
    if (i == 4) print *, x
    if (x < 2.0d0) s = s + x * x
  end do
  print *, i, acc, s

  x = 0.5d0
  call clip(x)
  print *, x
  x = 7.25d0
  call clip(x)
  print *, x
end program logical_if_forms
