! VALUE where stad cannot make the routine's own copy: one located error each, with what to
! write instead (an array, a CHARACTER dummy, a dummy a bound reads, a structure).
module vr
  implicit none
  type pt
    real(8) :: x
  end type pt
contains
  subroutine s1(n, a, c, w, p)
    integer, value :: n
    real(8), value :: a(3)
    character(len=4), value :: c
    real(8) :: w(n)
    type(pt), value :: p
    w = a(1) + p%x + len(c)
  end subroutine s1
end module vr
program main
  use vr
  implicit none
  real(8) :: a(3), w(2)
  type(pt) :: p
  a = 1
  p%x = 2
  call s1(2, a, 'abcd', w, p)
  print *, w
end program main
