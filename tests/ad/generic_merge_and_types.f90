! stad: --head 'cost(f)/(x, y)' --set n=4
! Generic names resolved the way Fortran does: `norm` is extended in two USEd modules (a rank-1
! specific in gnorm1, a rank-2 one in gnorm2, a scalar one in the caller's own module) and the
! three merge; `scale` and `energy` have a specific taking a structure (chosen by the actual's
! declared type) beside one taking an array, which a component of the structure chooses.
module gnorm1
  implicit none
  interface norm
    module procedure norm1
  end interface
contains
  function norm1(a) result(r)
    real(8), intent(in) :: a(:)
    real(8) :: r
    r = sqrt(sum(a**2))
  end function norm1
end module gnorm1

module gnorm2
  implicit none
  private
  public :: norm
  interface norm
    module procedure norm2d
  end interface
contains
  function norm2d(a) result(r)
    real(8), intent(in) :: a(:, :)
    real(8) :: r
    r = sum(a**2) / size(a)
  end function norm2d
end module gnorm2

module gstate
  implicit none
  type :: st_t
    real(8) :: a(3)
    real(8) :: w
  end type st_t
  interface scale
    module procedure scale_s, scale_a
  end interface
  interface energy
    module procedure energy_s, energy_a
  end interface
contains
  subroutine scale_s(s, r)
    type(st_t), intent(inout) :: s
    real(8), intent(in) :: r
    s%a = s%a * r + s%w
    s%w = s%w * cos(r)
  end subroutine scale_s
  subroutine scale_a(a, r)
    real(8), intent(inout) :: a(:)
    real(8), intent(in) :: r
    a = a * r - sin(a)
  end subroutine scale_a
  function energy_s(s) result(e)
    type(st_t), intent(in) :: s
    real(8) :: e
    e = sum(s%a**2) * s%w
  end function energy_s
  function energy_a(a) result(e)
    real(8), intent(in) :: a(:)
    real(8) :: e
    e = sum(exp(a / 4))
  end function energy_a
end module gstate

module gcost
  use gnorm1
  use gnorm2
  use gstate
  implicit none
  interface norm
    module procedure norm0
  end interface
contains
  function norm0(a) result(r)
    real(8), intent(in) :: a
    real(8) :: r
    r = abs(a) + a**2
  end function norm0
  subroutine cost(x, y, n, f)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n), y(2, 2)
    real(8), intent(out) :: f
    type(st_t) :: s
    s%a = x(1:3)
    s%w = x(n)
    f = norm(x) + 2 * norm(y) + norm(x(2) * y(1, 2))
    call scale(s, y(2, 1))
    call scale(s%a, y(1, 1))
    f = f + energy(s) + energy(s%a) * norm(s%a)
  end subroutine cost
end module gcost
