! Keyword arguments in calls of module procedures (subroutines and functions, in any order,
! after positional ones) and of an internal procedure.
module kwm
  implicit none
contains
  subroutine blend(a, b, w, out)
    real(8), intent(in) :: a, b, w
    real(8), intent(out) :: out
    out = w * a + (1 - w) * b
  end subroutine blend
  real(8) function lin(x, slope, shift)
    real(8), intent(in) :: x, slope, shift
    lin = slope * x + shift
  end function lin
end module kwm

program keyword_arguments
  use kwm
  implicit none
  real(8) :: r, s
  call blend(1d0, 2d0, out=r, w=0.25d0)
  print *, r
  call blend(b=3d0, a=1d0, out=s, w=0.5d0)
  print *, s, lin(2d0, shift=1d0, slope=3d0), lin(shift=-1d0, x=r, slope=s)
  call twist(r, scale=2d0)
  print *, r
contains
  subroutine twist(v, scale)
    real(8), intent(inout) :: v
    real(8), intent(in) :: scale
    v = v * scale + s
  end subroutine twist
end program keyword_arguments
