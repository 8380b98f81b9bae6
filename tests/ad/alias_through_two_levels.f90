! stad: --head 'run(cost)/(x)' --set n=10
! Aliasing that only shows through a level of calls: run passes one array twice to pair, which
! hands both dummies on to mix; and run passes a module array to wrap, which hands it on to
! smooth, which also reads the module array by name. Neither mix nor smooth may promise
! `restrict` in the derivative code.
module fields
  implicit none
  real(8) :: g(10)
end module fields

subroutine mix(a, b, c, n)
  implicit none
  integer n
  real(8), intent(in) :: a(n), b(n)
  real(8), intent(inout) :: c(n)
  integer i
  do i = 2, n - 1
    c(i) = c(i) + a(i - 1) * b(i + 1) + a(i) * b(i)
  end do
end subroutine mix

subroutine pair(a, b, c, n)
  implicit none
  integer n
  real(8), intent(in) :: a(n), b(n)
  real(8), intent(inout) :: c(n)
  call mix(a, b, c, n)
end subroutine pair

subroutine smooth(q, r, n)
  use fields
  implicit none
  integer n
  real(8), intent(in) :: q(n)
  real(8), intent(inout) :: r(n)
  integer i
  do i = 2, n - 1
    r(i) = r(i) + q(i - 1) * g(i + 1) - g(i - 1) * q(i + 1) + q(i) * g(i)
  end do
end subroutine smooth

subroutine wrap(q, r, n)
  implicit none
  integer n
  real(8), intent(in) :: q(n)
  real(8), intent(inout) :: r(n)
  call smooth(q, r, n)
end subroutine wrap

subroutine run(n, x, cost)
  use fields
  implicit none
  integer n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: cost
  real(8) :: c(10), r(10)
  integer i, t
  do i = 1, n
    g(i) = x(i)
    c(i) = 0.1d0 * i
    r(i) = 0
  end do
  do t = 1, 3
    call pair(g, g, c, n)
    call wrap(g, r, n)
    do i = 1, n
      g(i) = g(i) + 0.05d0 * (c(i) + r(i))
    end do
  end do
  cost = 0
  do i = 1, n
    cost = cost + g(i)**2 + c(i) * r(i)
  end do
end subroutine run
