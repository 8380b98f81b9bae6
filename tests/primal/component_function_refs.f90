! Function references inside the subscripts and ALLOCATE bounds of components (s%h(f(k)),
! ALLOCATE(s%h(size(g(x)), 0:1))): the functions are reached from the routine that uses them
! (they were dropped as unreached, campaign seed 31188).
module cfr_m
  implicit none
  type st
    real(8), allocatable :: h(:, :)
    real(8) :: v(6)
  end type
  type outer
    type(st) :: in
  end type
contains
  function halves(x)
    real(8), intent(in) :: x(:)
    real(8) :: halves(size(x))
    halves = 0.5d0 * x
  end function
  integer function pick(k)
    integer, intent(in) :: k
    pick = mod(k, 6) + 1
  end function
  subroutine run(x, y)
    real(8), intent(in) :: x(4)
    real(8), intent(out) :: y
    type(st) :: s
    type(outer) :: o
    integer :: i
    allocate(s%h(1 + int(sum(halves(x(1:2)))), 0:size(halves(x)) - 3))
    s%h = 1.5d0
    s%v = [(dble(i), i = 1, 6)]
    o%in%v = 2 * s%v
    do i = 1, 4
      s%v(pick(i)) = s%v(pick(i + 1)) * x(i) + o%in%v(pick(2 * i))
    end do
    y = sum(s%h) + sum(s%v) + size(s%h, 1) + 10 * size(s%h, 2)
  end subroutine
end module

program main
  use cfr_m
  implicit none
  real(8) :: x(4), y
  x = [2.5d0, 3.0d0, -0.5d0, 1.25d0]
  call run(x, y)
  print '(f20.10)', y
end program
