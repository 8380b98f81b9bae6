! stad: --head 'march(cost)/(u0, c)' --set n=5 --set nt=6
! Array-valued FUNCTIONs (lowered to subroutines with the result as an INTENT(OUT) dummy): the
! right-hand side of a time stepper a module function of the state, inside a BINOMIAL-CKP loop
! and a CHECKPOINT-START region; a norm through SUM(f(x)**2) of an assumed-shape result; a
! function calling a checkpointed subroutine and another array function; a result shaped by a
! variable the caller changes (allocated at the call); an internal function; a section actual;
! an ALLOCATABLE result (the callee allocates the caller's temporary through its dummy); calls
! run before each test of a DO WHILE and in an ELSE IF branch; nested references; an internal
! function shaped by a host variable, called from a sibling.
module afr_model
  implicit none
  integer, parameter :: dp = kind(1.0d0)
contains
  subroutine smooth(n, x, y)
    integer, intent(in) :: n
    real(dp), intent(in) :: x(n)
    real(dp), intent(out) :: y(n)
    integer :: i
    y = x
    do i = 2, n - 1
      y(i) = 0.25_dp * x(i - 1) + 0.5_dp * x(i) + 0.25_dp * x(i + 1)
    end do
  end subroutine
  function rhs(n, u, c)
    integer, intent(in) :: n
    real(dp), intent(in) :: u(n), c
    real(dp) :: rhs(n)
    real(dp) :: s(n)
    call smooth(n, u, s)
    rhs = c * (s - u) - 0.1_dp * sin(u) * u
  end function
  function grad(u) result(g)
    real(dp), intent(in) :: u(:)
    real(dp) :: g(size(u))
    g = 2 * u * cos(u) + shift(size(u), u)
  end function
  function shift(m, v) result(w)
    integer, intent(in) :: m
    real(dp), intent(in) :: v(m)
    real(dp) :: w(0:m - 1)
    w(0) = v(m)
    w(1:) = v(1:m - 1)
  end function
  function sm(x) result(y)
    real(dp), intent(in) :: x(:)
    real(dp) :: y(size(x))
    y = x * tanh(x)
  end function
  function pad(v, k) result(l)
    real(dp), intent(in) :: v(:)
    integer, intent(in) :: k
    real(dp), allocatable :: l(:)
    allocate(l(size(v) + k))
    l(1:size(v)) = v * exp(-v)
    l(size(v) + 1:) = v(1) * v(size(v))
  end function
end module

subroutine march(n, nt, u0, c, cost)
  use afr_model
  implicit none
  integer, intent(in) :: n, nt
  real(dp), intent(in) :: u0(n), c
  real(dp), intent(out) :: cost
  real(dp) :: u(n), dt
  integer :: t, k, it
  dt = 0.1_dp
  u = u0
!$AD BINOMIAL-CKP nt 2 1
  do t = 1, nt
    u = u + dt * rhs(n, u, c)
  end do
!$AD CHECKPOINT-START
  u(2:n) = u(2:n) + dt * rhs(n - 1, u(1:n - 1), c) * u(2:n)
!$AD CHECKPOINT-END
  cost = sum(grad(u)**2) + sum(twice(n) * u)
  k = n - 2
  cost = cost + sum(rhs(k, u(3:n), 2 * c))
  cost = cost + 0.5_dp * sum(pad(u(2:n), k)**2)
  it = 0
  do while (sum(sm(u)) > 0.5_dp .and. it < 2)
    u = 0.9_dp * u + 0.1_dp * sm(sm(u))
    it = it + 1
  end do
  if (u(1) > 10) then
    cost = cost + 1
  else if (maxval(sm(u)) > -10) then
    cost = cost + sum(sm(u) * u)
  end if
  call sib()
contains
  function twice(m) result(r)
    integer, intent(in) :: m
    real(dp) :: r(m)
    r = 2 * u(1:m) * c
  end function
  function hv() result(r)
    real(dp) :: r(k)
    r = u(1:k) * cost
  end function
  subroutine sib()
    cost = cost + 0.01_dp * sum(hv()**2)
  end subroutine
end subroutine
