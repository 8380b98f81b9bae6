! STOP inside a subroutine called from a loop of the main program ends the whole program;
! output printed before the STOP is kept.
program stop_in_subroutine
  implicit none
  integer :: i
  real(8) :: x
  x = 0.3d0
  do i = 1, 100
    call step(x, i)
    print *, i, x
  end do
  print *, 'never printed'
  print *, -1
end program stop_in_subroutine

subroutine step(x, i)
  implicit none
  real(8), intent(inout) :: x
  integer, intent(in) :: i
  x = 3.7d0 * x * (1.0d0 - x)
  if (i >= 6) then
    print *, 'stopping', x
    stop
  end if
end subroutine step
