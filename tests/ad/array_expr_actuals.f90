! stad: --head 'ae(y)/(x, w)' --set n=5 --link external/passive.c
! Array expressions as actual arguments (RK stages `s + 0.5d0*dt*k1`, a section times a
! scalar, a constructor, an array-valued function's result in an expression, `(x)`): each
! evaluated once, before the call, into a temporary of its shape that derivatives flow through;
! to explicit-shape, assumed-size and assumed-shape dummies, in CALLs and in FUNCTION references
! inside expressions; a shape known on entry (an automatic temporary) or not (allocated at the
! statement, extent from a local changed in the loop); inside a DO loop and a DO WHILE condition;
! to a routine known only by its calls (!$AD EXTERNAL PASSIVE log_norm).
module aemod
  implicit none
contains
  subroutine rhs(m, s, w, ds)
    integer, intent(in) :: m
    real(8), intent(in) :: s(m), w(m)
    real(8), intent(out) :: ds(m)
    integer :: i
    do i = 1, m
      ds(i) = w(i) * sin(s(i)) - 0.1d0 * s(i) * s(m + 1 - i)
    end do
  end subroutine rhs
  function wnorm(v) result(r)
    real(8), intent(in) :: v(:)
    real(8) :: r
    r = sqrt(sum(v * v) + 1d0)
  end function wnorm
  function twice(v) result(r)
    real(8), intent(in) :: v(:)
    real(8) :: r(size(v))
    r = 2d0 * v + v(1)
  end function twice
  real(8) function first3(v)
    real(8), intent(in) :: v(*)
    first3 = v(1) * v(2) + v(3)
  end function first3
  subroutine acc(v, k, t)
    real(8), intent(in) :: v(:)
    integer, intent(in) :: k
    real(8), intent(inout) :: t
    t = t + k * sum(v**2)
  end subroutine acc
end module aemod

subroutine ae(n, x, w, y)
  use aemod
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: s(n), k1(n), k2(n), k3(n), k4(n), dt, t
  integer :: step, m
  dt = 0.1d0
  s = x
  do step = 1, 2
    call rhs(n, s, w, k1)
    call rhs(n, s + 0.5d0 * dt * k1, w, k2)
    call rhs(n, s + 0.5d0 * dt * k2, w * 1.5d0, k3)
    call rhs(n, s + dt * k3, (w), k4)
    s = s + dt / 6d0 * (k1 + 2d0 * k2 + 2d0 * k3 + k4)
  end do
  t = 0d0
  do m = 2, n
    call acc(s(1:m) * x(n - m + 1:n), m, t)
  end do
  y = t + wnorm(s * x + w) * first3(s * 2d0 - x) + wnorm(twice(x) * s)
  m = 0
  do while (wnorm(x * 0.5d0 + m) < 6d0)
    m = m + 1
  end do
  y = y + m * first3([s(n), x(1)**2, w(2)])
  !$AD EXTERNAL PASSIVE log_norm
  call log_norm(n, s * x)
end subroutine ae
