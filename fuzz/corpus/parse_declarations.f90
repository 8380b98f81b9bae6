! Type declarations: kinds in every supported spelling, attributes, initializers, array
! bounds with any lower bound, assumed size, DIMENSION/INTENT/SAVE/EXTERNAL/INTRINSIC
! statements and the PARAMETER statement.
subroutine decls(a, b, c, n, m)
  implicit none
  integer :: n, m
  integer*4 :: i4
  integer(4) :: i4b
  integer(kind=4) :: i4c
  real :: r
  real*4 :: r4
  real(4) :: r4b
  real*8 :: r8
  real(8) :: r8b
  real(kind=8) :: r8c
  double precision :: dp
  doubleprecision :: dp2
  logical :: flag = .true.
  real(8), intent(inout) :: a(0:n, *)
  real(8), dimension(-1:n + 1, 2, 3, 4, 5, 6, 7), intent(in) :: b
  real(8) :: c(n:*)
  real(8), parameter :: pi = 3.14159265358979d0, two = 2
  real(8), save :: saved
  real(8), external :: f
  real(8) :: q1, q2
  intrinsic sin
  intrinsic :: cos
  dimension :: q3(10)
  real(8) :: q3
  intent(in) :: n, m
  save :: q1
  integer :: np, mp
  parameter (np = 3, mp = np * 2)
  i4 = np; i4b = mp; i4c = i4 + i4b
  r = 1; r4 = r; r4b = r4; r8 = r4b; r8b = r8; r8c = r8b; dp = r8c; dp2 = dp
  q1 = sin(pi) + cos(two); q2 = q1; q3(1) = q2; saved = f(q2)
  a(0, 1) = b(-1, 1, 1, 1, 1, 1, 1) + c(n) + i4c + dp2
  if (flag) a(1, 1) = saved
end subroutine decls

real(8) function f(x)
  real(8), intent(in) :: x
  f = 2 * x
end function f
