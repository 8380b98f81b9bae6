! stad: --head 'f(y)/(x)' --set n=4
! Internal procedures using a host variable of derived type (its leaves are passed), a
! CHARACTER task switch of the host, and an internal function in a DO WHILE condition.
module st
  implicit none
  type state
    real(8) :: u(4), c
  end type state
end module st

subroutine f(n, x, y)
  use st
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  type(state) :: s
  character(len=4) :: mode
  integer :: it
  s%u = x
  s%c = 0.5d0
  mode = 'GROW'
  it = 0
  do while (norm() < 20d0 .and. it < 5)
    it = it + 1
    call stepit()
  end do
  y = norm() + s%c
contains
  real(8) function norm()
    norm = sqrt(sum(s%u ** 2))
  end function norm
  subroutine stepit()
    if (mode(1:2) == 'GR') then
      s%u = s%u * (1 + s%c) + sin(s%u)
      s%c = s%c * x(1)
    end if
    if (it == 3) mode = 'STOP'
  end subroutine stepit
end subroutine f
