! Program units in free form: MODULE with CONTAINS, SUBROUTINE, FUNCTION with a typed prefix
! and with RESULT, and a PROGRAM that uses them.
module geometry
  implicit none
  real(8), parameter :: half = 0.5d0
contains
  subroutine scale(x, n, s)
    integer, intent(in) :: n
    real(8), intent(inout) :: x(n)
    real(8), intent(in) :: s
    integer :: i
    do i = 1, n
      x(i) = s * x(i)
    end do
  end subroutine scale

  double precision function area(a, b)
    real(8), intent(in) :: a, b
    area = half * a * b
  end function area

  function norm2sq(x, n) result(r)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8) :: r
    integer :: i
    r = 0
    do i = 1, n
      r = r + x(i)**2
    end do
  end function
end module geometry

program units
  use geometry
  implicit none
  real(8) :: v(3)
  v(1) = 1
  v(2) = 2
  v(3) = 3
  call scale(v, 3, 2.0d0)
  print *, area(v(1), v(2)), norm2sq(v, 3)
end program units
