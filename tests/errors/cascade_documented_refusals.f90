! Documented refusals that used to multiply: a component default-initialized by an array
! constructor (one error, none for the dummies and uses of the type) and a module structure with
! ALLOCATABLE components passed as an actual (one error per call, numbered as written).
module cas_g
  implicit none
  type :: grid_t
    real(8) :: dx
    real(8) :: weights(3) = [0.25d0, 0.5d0, 0.25d0]
  end type
contains
  subroutine adv(g, x, dx)
    type(grid_t), intent(in) :: g
    real(8), intent(inout) :: x
    real(8), intent(in) :: dx
    x = x * g%dx + dx
  end subroutine
  subroutine f(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    type(grid_t) :: g
    g%dx = 2
    y = x
    call adv(g, y, g%dx)
  end subroutine
end module
module cas_s
  implicit none
  type :: st_t
    real(8), allocatable :: a(:), b(:), c(:)
  end type
  type(st_t) :: grid
contains
  subroutine step(p, q, r, s, x)
    real(8), intent(in) :: p, q, r
    type(st_t), intent(in) :: s
    real(8), intent(inout) :: x
    x = x * p + sum(s%a) * q + r
  end subroutine
  subroutine f2(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    allocate(grid%a(2), grid%b(2), grid%c(2))
    grid%a = 1
    y = x
    call step(1d0, 2d0, 3d0, grid, y)
    call step(1d0, 2d0, 3d0, grid, y)
  end subroutine
end module
program p
  use cas_g
  use cas_s
  implicit none
  real(8) :: y
  call f(1d0, y)
  call f2(1d0, y)
  print *, y
end program p
