! !$AD LINEAR-SOLVE: where it may stand and what it must say (x=, b=, apply= and 'symmetric' or
! transpose=, not both); blanks around '=' are one directive's words (one error, not four).
module lsys
  implicit none
  real(8) :: u(3), r(3)
  integer :: m
end module lsys

subroutine f(x, y)
  use lsys
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
  y = 0
  !$AD LINEAR-SOLVE x=u b=r apply=amul
  call g()
  !$AD LINEAR-SOLVE x=u apply=amul symmetric
  call g()
  !$AD LINEAR-SOLVE x=m b=r apply=amul symmetric
  call g()
  !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric tol=1
  call g()
  !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric transpose=amul
  call g()
  !$AD LINEAR-SOLVE  x = u  b = m  apply = amul  transpose = amul
  call g()
  y = sum(u) + x(1)
end subroutine f

subroutine g()
  use lsys
  implicit none
  u = r
end subroutine g
