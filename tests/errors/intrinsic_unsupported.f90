! An intrinsic procedure stad does not have is named as such, with what to write instead (trial
! s16: MOVE_ALLOC was taken for a user routine, and --lib or !$AD EXTERNAL PASSIVE offered).
subroutine grow(n, prof, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: prof(n)
  real(8), intent(out) :: f
  real(8), allocatable :: a(:), tmp(:)
  allocate(a(n), tmp(2*n))
  a = prof
  tmp(1:n) = a
  tmp(n+1:) = 2*a
  call move_alloc(tmp, a)
  f = sum(a**2)
end subroutine grow
