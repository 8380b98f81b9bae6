! One variable given to two dummies of a call, one of them INTENT(OUT) or INTENT(INOUT): Fortran
! forbids it and gfortran accepts it; stad refuses it, located, with the way around. Read-only
! dummies may share an actual, and disjoint elements or sections of one array are not refused.
module m
contains
  subroutine upd(n, a, w, s)
    integer, intent(in) :: n
    real(8), intent(inout) :: a(n)
    real(8), intent(in) :: w(n)
    real(8), intent(out) :: s
    a = a + w
    s = sum(a)
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
  call upd(4, a, b, s)
  call upd(2, b(1:2), b(3:4), s)
  call two(a(1), a(2))
  call upd(4, a, a, s)
  call two(b(3), b(3))
end subroutine alias_written_actual
