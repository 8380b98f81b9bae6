! stad: --head 'wave(cost)/(u0, k, c)' --set nt=6
! A complex-valued wave model: u(t+1) = exp(i*k*dt)*u(t) plus a coupling, in a time loop
! with call sites inside; the cost is sum |u|^2 (a real cost of complex states). Covers
! complex dummies (the independent u0 and c are two REAL leaves each), a module complex
! variable and PARAMETER, + - * / ** (integer and real exponents), EXP, LOG, SQRT, SIN, COS, CONJG,
! ABS, REAL, AIMAG, CMPLX, SUM and DOT_PRODUCT of complex arrays, sections, array syntax,
! an assignment reading the array it assigns, a complex expression as an actual argument,
! and comparisons.
module cwave
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  complex(dp), parameter :: ci = (0.0_dp, 1.0_dp)
  complex(dp) :: coupling
contains
  subroutine advance(u, n, k, dt)
    integer, intent(in) :: n
    complex(dp), intent(inout) :: u(n)
    real(dp), intent(in) :: k, dt
    complex(dp) :: ph
    ph = exp(ci * k * dt)
    u = ph * u
    u(2:n) = u(2:n) + coupling * (u(1:n-1) - u(2:n)) / (1.5_dp, 0.5_dp)
  end subroutine advance
  subroutine nonlin(z, a)
    complex(dp), intent(inout) :: z
    complex(dp), intent(in) :: a
    z = z + 0.01_dp * (sqrt(z * z + a) - log(a + 2) * conjg(z)) + 0.001_dp * sin(z) * cos(a)
    if (abs(z) > 10.0_dp) z = z / abs(z)
    z = z**2 / (1 + abs(z)**2) + 0.5_dp * z**(-1) * 0.01_dp + (z + 3)**0.5_dp * 0.001_dp
  end subroutine nonlin
end module cwave

subroutine wave(nt, u0, k, c, cost)
  use cwave
  implicit none
  integer, intent(in) :: nt
  complex(dp), intent(in) :: u0(5), c
  real(dp), intent(in) :: k
  real(dp), intent(out) :: cost
  complex(dp) :: u(5), s
  integer :: t, i
  coupling = c
  u = u0
  cost = 0
  do t = 1, nt
    call advance(u, 5, k, 0.1_dp)
    do i = 1, 5, 2
      call nonlin(u(i), u0(i) * c + (0.5_dp, -0.25_dp))
    end do
    s = dot_product(u(1:3), u(3:5))
    if (s /= (0.0_dp, 0.0_dp)) cost = cost + 0.1_dp * real(s) - 0.05_dp * aimag(s)
    cost = cost + sum(abs(u)**2)
  end do
  cost = cost + real(sum(u * conjg(u0)))
end subroutine wave
