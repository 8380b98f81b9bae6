! OPTIONAL and PRESENT beyond what stad supports: OPTIONAL on a local,
! an OPTIONAL dummy of derived type (an OPTIONAL CHARACTER one is supported), PRESENT of a dummy that is not OPTIONAL
! and of a local, a trailing argument left out that is not OPTIONAL, and arguments left out in
! a call of an external procedure without an explicit interface.
module optb
  implicit none
  type pair
    real(8) :: a, b
  end type pair
contains
  subroutine s1(x, y, tag, p)
    real(8), intent(inout) :: x
    real(8), intent(in) :: y
    character(len=*), optional, intent(in) :: tag
    type(pair), optional, intent(in) :: p
    real(8), optional :: t
    t = 1
    if (present(x)) x = x + 1
    if (present(t)) x = x + t
  end subroutine s1
  subroutine s2(x, y, w)
    real(8), intent(inout) :: x, y
    real(8), optional, intent(in) :: w
    x = x + y
  end subroutine s2
end module optb

subroutine ext(p, q)
  real(8), optional :: p, q
  p = 1
end subroutine ext

subroutine t(x)
  use optb
  real(8) :: x
  call s2(x)
  call ext(x)
end subroutine t
