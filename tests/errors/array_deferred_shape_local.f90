! Deferred shape (:) is for dummy arguments (assumed shape) and ALLOCATABLE arrays; a local
! with neither is an error.
subroutine s(n)
  integer n
  real(8) :: w(:)
  w(1) = n
end subroutine s
