! stad: --head 'cost(f)/(x)'
! A refused statement inside the head's call tree is still an error, located; the one in io,
! which the head does not reach, only makes a warning.
subroutine step(x)
  implicit none
  real(8) :: x
  pause
  x = x**2
end subroutine

subroutine cost(x, f)
  implicit none
  real(8) :: x, f
  call step(x)
  f = 2*x
end subroutine

subroutine io(x)
  implicit none
  real(8) :: x
  pause
  pause
end subroutine
