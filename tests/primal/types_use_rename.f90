! A module variable of derived type USEd under another name, a type defined inside a
! subroutine whose component is of a module's type (USE ... ONLY: the type).
module types_m3
  implicit none
  type pt
    real(8) :: x, y
  end type
  type(pt) :: s
end module
subroutine a(r)
  use types_m3, only: pt, st => s
  implicit none
  real(8), intent(out) :: r
  type inner
    integer :: k(2)
    type(pt) :: q
  end type
  type(inner) :: z
  z%k = [3, 4]
  z%q = pt(1.5d0, 2.5d0)
  st = z%q
  st%y = st%y + sum(z%k)
  r = st%x * st%y
end subroutine
program types_use_rename
  use types_m3
  implicit none
  real(8) :: r
  call a(r)
  print *, r, s%x, s%y
end program
