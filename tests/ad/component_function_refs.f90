! stad: --head 'cost(f)/(x)'
! Function references inside the ALLOCATE bounds and subscripts of components: an array-valued
! function shapes an allocatable component, a scalar function picks elements of nested
! components on both sides of assignments, inside a callee at a call site (every checkpoint
! configuration). The functions were dropped as unreached before (campaign seed 31188).
module cfrad_m
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
  subroutine mix(s, o, x)
    type(st), intent(inout) :: s
    type(outer), intent(inout) :: o
    real(8), intent(in) :: x(4)
    integer :: i
    do i = 1, 4
      s%v(pick(i)) = s%v(pick(i + 1)) * x(i) + sin(o%in%v(pick(2 * i)))
      o%in%v(pick(i + 3)) = o%in%v(pick(i + 3)) * s%h(1, size(halves(x(1:i))) - i)
    end do
  end subroutine
end module

subroutine cost(x, f)
  use cfrad_m
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: f
  type(st) :: s
  type(outer) :: o
  integer :: i
  allocate(s%h(2 + int(sum(abs(halves(x(1:2))))), 0:size(halves(x)) - 3))
  s%h = x(3)
  s%h(1, 0) = x(1) * x(2)
  s%v = [(dble(i) * x(mod(i, 4) + 1), i = 1, 6)]
  o%in%v = 2 * s%v
  call mix(s, o, x)
  f = sum(s%h**2) + sum(s%v * o%in%v) + size(s%h, 1)
end subroutine
