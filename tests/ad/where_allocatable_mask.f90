! stad: --head 'cost(f)/(x)' --set n=5
! WHERE masks that read the ALLOCATABLE array the construct assigns are stored first into a
! LOGICAL ALLOCATABLE temporary (WHERE's before any assignment, the ELSEWHERE's after the
! assignments before it), inside a routine called through a checkpointable call site.
module wam
contains
  subroutine relax(w)
    real(8), allocatable, intent(inout) :: w(:)
    where (w > 0)
      w = sqrt(w + 0.1d0)
    elsewhere (w < -0.2d0)
      w = w * sin(w)
    elsewhere
      w = w**2
    end where
  end subroutine relax
end module wam

subroutine cost(n, x, f)
  use wam
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  allocate(w(n))
  w(:) = x - 0.3d0
  call relax(w)
  call relax(w)
  f = sum(w * w)
end subroutine cost
