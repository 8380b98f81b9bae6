! Extra seed (not from tests/): PARAMETER folding with every operator and foldable intrinsic,
! so mutations reach the constant folder in sema.c.
module consts
  integer, parameter :: n = 2**10 - 3*7 + 100/7 - mod(17, 5) + (-2)**3
  integer, parameter :: m = max(n, 3, -4) + min(1, 2) + abs(-5) + int(2.7d0) + nint(-2.5d0) + floor(-1.5d0)
  real(8), parameter :: a = 1.5d0**2 + 2.0d0**(-1) + sqrt(4.0d0) + exp(0.0d0) + log(1.0d0)
  real(8), parameter :: b = sin(0.0d0) + cos(0.0d0) + atan(1.0d0) + asin(0.5d0) + acos(0.5d0) + dble(n)
  real, parameter :: c = real(m) / 3.0 + 1.0e-3
  logical, parameter :: t = (n > m) .and. .not. (a <= b) .or. (c /= 0.0) .eqv. .true. .neqv. .false.
  real(8) :: q(-n:m, 0:2*m)
end module consts
