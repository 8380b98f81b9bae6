! One variable given to two dummies of a call, one of them INTENT(OUT) or INTENT(INOUT): Fortran
! forbids it and gfortran accepts it; stad refuses it, located, with the way around. Read-only
! dummies may share an actual, and disjoint elements or sections of one array are not refused.
! Arguments are numbered as the call writes them: a structure is one argument, not its leaves
! (upd2(c, p, p%x) was 'argument 4 ... is also argument 2'; s18 trial B F17).
module m
  type pt
    real(8) :: x, y
  end type pt
contains
  subroutine upd(n, a, w, s)
    integer, intent(in) :: n
    real(8), intent(inout) :: a(n)
    real(8), intent(in) :: w(n)
    real(8), intent(out) :: s
    a = a + w
    s = sum(a)
  end subroutine
  subroutine upd2(c, q, z)
    real(8), intent(in) :: c
    type(pt), intent(inout) :: q
    real(8), intent(inout) :: z
    q%x = q%x + c*z*q%y
  end subroutine
  subroutine two(x, y)
    real(8), intent(in) :: x
    real(8), intent(inout) :: y
    y = y + x
  end subroutine
end module
subroutine alias_written_actual(a, b, s)
  use m
  implicit none
  real(8), intent(inout) :: a(4), b(4)
  real(8), intent(out) :: s
  type(pt) :: p
  call upd(4, a, b, s)
  call upd(2, b(1:2), b(3:4), s)
  call two(a(1), a(2))
  call upd(4, a, a, s)
  call two(b(3), b(3))
  p%x = a(1)
  p%y = a(2)
  call upd2(a(3), p, p%x)
  s = s + p%x
end subroutine alias_written_actual
