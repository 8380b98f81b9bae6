! Deferred shape (:) is for dummy arguments (assumed shape); ALLOCATABLE and POINTER arrays are
! not supported.
subroutine s(n)
  integer n
  real(8) :: w(:)
  w(1) = n
end subroutine s
