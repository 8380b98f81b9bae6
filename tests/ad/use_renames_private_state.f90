! stad: --head 'rename_cost(cost)/(x)' --set n=5
! Derivatives through PRIVATE module state and procedures reached by renames: two modules each
! keep a PRIVATE active accumulator `tmp` and a PRIVATE `helper`; the head's module USEs one
! with ONLY and a renamed procedure, the head USEs the other under a renamed variable and
! calls through both.
module ren_a
  implicit none
  private
  real(8) :: tmp
  real(8), public :: scale_a = 1.5d0
  public :: fa, reset_a
contains
  subroutine reset_a()
    tmp = 0.0d0
  end subroutine reset_a

  subroutine helper(x)
    real(8), intent(inout) :: x
    tmp = tmp + x**2
    x = sin(x) * tmp
  end subroutine helper

  real(8) function fa(x)
    real(8), intent(in) :: x
    real(8) :: y
    y = x * scale_a
    call helper(y)
    fa = y + tmp
  end function fa
end module ren_a

module ren_b
  implicit none
  real(8), private :: tmp
  real(8) :: weight = 0.5d0
  private :: helper
contains
  subroutine helper(x)
    real(8), intent(inout) :: x
    tmp = tmp * x + 1.0d0
    x = exp(-x) + tmp
  end subroutine helper

  subroutine gb(x, r)
    real(8), intent(in) :: x
    real(8), intent(out) :: r
    tmp = x
    r = x
    call helper(r)
    r = r * weight
  end subroutine gb
end module ren_b

module ren_top
  use ren_a, only: first => fa, reset_a
  implicit none
contains
  subroutine combine(n, x, s)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(out) :: s
    integer :: i
    call reset_a()
    s = 0.0d0
    do i = 1, n
      s = s + first(x(i))
    end do
  end subroutine combine
end module ren_top

subroutine rename_cost(n, x, cost)
  use ren_top
  use ren_b, w => weight, second => gb
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: cost
  real(8) :: s, r
  w = 0.25d0
  call combine(n, x, s)
  call second(s * 0.1d0, r)
  cost = r + w * s
end subroutine rename_cost
