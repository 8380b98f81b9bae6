! stad: --head 'f(y)/(x)'
! A BINOMIAL-CKP loop whose step assigns a whole ALLOCATABLE component (`s%h = ...`, which may
! reallocate it) in a routine it calls: refused at that assignment, naming the loop, with the
! section to write when the shape does not change.
module binrs
  implicit none
  type :: st_t
    real(8), allocatable :: h(:, :)
  end type st_t
contains
  subroutine step(s, g)
    type(st_t), intent(inout) :: s
    real(8), intent(in) :: g(:, :)
    s%h = s%h * 0.5d0 + sin(g)
  end subroutine step
end module binrs

subroutine f(n, x, y)
  use binrs
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  type(st_t) :: s
  real(8) :: g(2, 3)
  integer :: t
  allocate(s%h(2, 3))
  s%h = x
  g = x / 2
!$AD BINOMIAL-CKP n 2 1
  do t = 1, n
    call step(s, g)
  end do
  y = sum(s%h)
end subroutine f
