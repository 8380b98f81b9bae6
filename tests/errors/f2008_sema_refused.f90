! F2003/F2008 forms sema refuses, one located error each (trial B F8, F11): ALLOCATE with
! SOURCE= (not also "needs one bound per dimension") and MAXLOC/MINLOC with BACK= (it is an
! argument of theirs: "BACK= is not supported", not "has no argument").
subroutine f08_sema(x, k)
  implicit none
  real(8), intent(inout) :: x(3)
  integer, intent(out) :: k
  real(8), allocatable :: buf(:)
  allocate(buf, source = x)
  k = maxloc(x, dim=1, back=.true.) + minloc(x, 1, back=.false.)
  x = x * 2
end subroutine f08_sema
