! Internal procedures of module procedures: one with its own USE of ISO_FORTRAN_ENV, calling
! a procedure of its module and a PRIVATE one, using its host's assumed-shape dummy and a
! module variable; and an internal procedure whose name is that of another module procedure
! (it hides it inside its host).
module grid
  implicit none
  private :: twice
  real(8) :: level = 0.5d0
contains
  real(8) function twice(v)
    real(8), intent(in) :: v
    twice = 2 * v
  end function twice
  subroutine shift(a)
    real(8), intent(inout) :: a(:)
    a = a + level
  end subroutine shift
  subroutine relax(a, w)
    real(8), intent(inout) :: a(:)
    real(8), intent(in) :: w
    integer :: i
    do i = 2, size(a) - 1
      call point(i)
    end do
    call shift(a)
    call scale()
  contains
    subroutine point(k)
      use iso_fortran_env, only: real64
      integer, intent(in) :: k
      real(real64) :: t
      t = 0.5_real64 * (a(k - 1) + a(k + 1))
      a(k) = (1 - w) * a(k) + w * twice(t) / 2
    end subroutine point
    subroutine scale()
      a = a * level
    end subroutine scale
  end subroutine relax
  subroutine scale()
    level = -1
  end subroutine scale
end module grid

program internal_module_host
  use grid
  implicit none
  real(8) :: u(6)
  integer :: i
  u = [(dble(i * i), i = 1, 6)]
  call relax(u, 0.75d0)
  print *, u, level
  call relax(u(2:5), 0.5d0)
  print *, u
  call scale()
  print *, level
end program internal_module_host
