! Default initialization of components: a module variable and a SAVE'd local start with the
! values once, a local and an INTENT(OUT) dummy get them on every entry; constants from the
! type's module (half), array components initialized element by element; structure
! constructors that leave out default-initialised components (keyword and positional), and a
! structure component whose components all have defaults left out too.
module types_di_m
  implicit none
  integer, parameter :: dp = kind(1d0)
  real(dp), parameter :: half = 0.5_dp
  type cfg
    real(dp) :: a = half, v(3) = -1
    integer :: n = 3
    logical :: on = .true.
    real(dp) :: w
  end type
  type(cfg) :: global
  type point
    real(dp) :: x = 1, y = 2
  end type
  type seg
    type(point) :: a
    integer :: id = 7
  end type
end module
subroutine s(x, c)
  use types_di_m, only: cfg, dp
  implicit none
  real(dp), intent(inout) :: x
  type(cfg), intent(out) :: c
  type(cfg) :: loc
  type(cfg), save :: keep
  c%w = x
  x = x + loc%a + sum(loc%v) + keep%a
  keep%a = keep%a + 1
  loc%a = 7
end subroutine
program types_default_init
  use types_di_m
  implicit none
  real(dp) :: x
  type(cfg) :: c
  type(seg) :: g
  x = 1
  c%a = 100
  call s(x, c)
  print *, x, c%a, c%v, c%n, c%on, global%a, global%n
  call s(x, c)
  print *, x, c%a
  c = cfg(w = 4.5_dp)
  print *, c%a, c%v, c%n, c%on, c%w
  c = cfg(2, [1, 2, 3], w = x, on = .false.)
  print *, c%a, c%v, c%n, c%on, c%w
  g = seg(id = 3)
  print *, g%a%x, g%a%y, g%id
  g = seg(point(y = 5))
  print *, g%a%x, g%a%y, g%id
end program
