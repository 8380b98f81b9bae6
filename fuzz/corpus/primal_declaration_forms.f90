! Every declaration form of the subset in free form: INTEGER, REAL, REAL(8), REAL(KIND=8),
! REAL*8, DOUBLE PRECISION, LOGICAL, with and without `::`; the DIMENSION attribute and the
! DIMENSION statement; the PARAMETER attribute and the PARAMETER statement; the SAVE attribute
! and statement; the EXTERNAL attribute and statement; the INTENT attribute and the INTENT
! statement; several entities and array specs in one declaration.
module declaration_forms_m
  implicit none
  real(kind=8), parameter :: scale = 2.5d0
  integer, parameter :: m = 3
  real*8, dimension(m) :: weights
contains
  subroutine apply(n, x, y, k)
    integer :: n
    real(8) :: x(n)
    double precision, dimension(n), intent(out) :: y
    integer, intent(inout) :: k
    intent(in) :: n, x
    integer i
    do i = 1, n
      y(i) = scale * x(i) * weights(mod(i - 1, m) + 1)
    end do
    k = k + n
  end subroutine apply
end module declaration_forms_m

program declaration_forms
  use declaration_forms_m
  implicit none
  integer :: i, k
  integer n
  real :: r4
  real(8) :: a(4)
  real(kind=8) :: b
  real*8 c, v(2, 2)
  double precision :: d, e(0:3)
  logical :: flag, flags(2)
  dimension :: a2(3)
  real(8) a2
  integer, parameter :: nn = 4
  real(8) :: pp
  parameter (pp = 0.125d0)
  real(8), external :: poly
  real(8) :: poly2
  external poly2
  integer, save :: kept
  real(8) :: keep2
  save keep2

  n = nn
  do i = 1, m
    weights(i) = 1.0d0 / i
  end do
  do i = 1, nn
    a(i) = i * pp
  end do
  k = 0
  call apply(n, a, e, k)
  print *, k, e(0), e(1), e(2), e(3)

  r4 = 0.5
  b = r4 + pp
  c = b * scale
  d = c - b
  v(1, 1) = b; v(2, 1) = c; v(1, 2) = d; v(2, 2) = pp
  a2(1) = v(2, 1) - v(1, 2); a2(2) = 0.0d0; a2(3) = -a2(1)
  flag = d > c
  flags(1) = .not. flag; flags(2) = flag .or. b > 0.0d0
  print *, b, c, d, a2(1), a2(3), flag, flags(1), flags(2)
  kept = 7
  keep2 = 1.75d0
  print *, poly(0.5d0), poly2(0.5d0), kept, keep2
end program declaration_forms

real(8) function poly(x)
  implicit none
  real(8), intent(in) :: x
  poly = 1.0d0 + x * (2.0d0 + x * 3.0d0)
end function poly

double precision function poly2(x)
  implicit none
  double precision x
  intent(in) x
  poly2 = x**3 - 0.5d0
end function poly2
