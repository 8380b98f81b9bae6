! The variable of an implied DO undeclared under IMPLICIT NONE: one error, where it is first
! used, and none for its uses as subscripts and as the DO variable (a new user's trial got
! eight: six of them "array subscripts must be integers").
subroutine load_obs(n, t, v)
  implicit none
  integer, intent(out) :: n
  real(8), intent(out) :: t(20), v(20)
  integer :: u, ios
  open(newunit=u, file='obs.dat', status='old', action='read')
  read(u, *) n
  n = min(n, 20)
  read(u, *, iostat=ios) (t(k), v(k), k = 1, n)
  close(u)
end subroutine
