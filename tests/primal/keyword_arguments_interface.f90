! Keyword arguments in calls of external procedures with an explicit interface: an INTERFACE
! block in a module the caller USEs (a subroutine) and one in the caller (a function).
module ifaces
  interface
    subroutine axpy(n, a, x, y)
      integer, intent(in) :: n
      real(8), intent(in) :: a, x(n)
      real(8), intent(inout) :: y(n)
    end subroutine axpy
  end interface
end module ifaces

subroutine axpy(n, a, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: a, x(n)
  real(8), intent(inout) :: y(n)
  y = y + a * x
end subroutine axpy

real(8) function dot3(u, v)
  real(8), intent(in) :: u(3), v(3)
  dot3 = sum(u * v)
end function dot3

program keyword_arguments_interface
  use ifaces
  implicit none
  interface
    real(8) function dot3(u, v)
      real(8), intent(in) :: u(3), v(3)
    end function dot3
  end interface
  real(8) :: p(3), q(3)
  p = [1d0, 2d0, 3d0]
  q = 1
  call axpy(3, y=q, x=p, a=2d0)
  print *, q, dot3(v=q, u=p)
end program keyword_arguments_interface
