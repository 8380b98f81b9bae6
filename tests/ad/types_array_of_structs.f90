! stad: --head 'chain(f)/(x)' --set n=7
! Arrays of structures: component sections (pts%x, pts(2:n)%y), whole-array structure
! assignment, a section of structures passed to an explicit-shape dummy, an assumed-shape
! array of structures, SUM over a component.
module types_particles
  implicit none
  type particle
    real(8) :: x, y
    integer :: tag
  end type
contains
  subroutine relax(ps, m)
    integer, intent(in) :: m
    type(particle), intent(inout) :: ps(m)
    integer :: i
    do i = 2, m
      ps(i)%y = ps(i)%y + 0.5d0 * (ps(i - 1)%x - ps(i)%y)
      ps(i)%tag = ps(i - 1)%tag + 1
    end do
  end subroutine
  real(8) function spread(ps)
    type(particle), intent(in) :: ps(:)
    spread = maxval(ps%x) - minval(ps%y) + sum(ps%x * ps%y) / size(ps)
  end function
end module

subroutine chain(n, x, f)
  use types_particles
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  type(particle) :: pts(n), qs(n)
  integer :: i
  pts%x = x
  pts%y = x**2
  pts%tag = 0
  pts(2:n)%y = pts(1:n - 1)%x * pts(2:n)%y
  call relax(pts(2:n - 1), n - 2)
  qs = pts
  qs(1) = qs(n)
  do i = 1, n
    qs(i)%x = qs(i)%x * qs(i)%tag
  end do
  f = spread(qs) + spread(pts(1:3))
end subroutine
