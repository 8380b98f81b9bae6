! stad: --head 'f(y)/(x)' --table bad_alloc_forced_on.table
! A call that allocates a module's ALLOCATABLE array cannot be checkpointed (its re-run would
! allocate the adjoint anew): asking for it on in a table is an error at the call.
module st
  real(8), allocatable :: w(:)
contains
  subroutine setup(x)
    real(8), intent(in) :: x
    allocate(w(2))
    w = x
  end subroutine
end module

subroutine f(x, y)
  use st
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  call setup(x)
  y = w(1) * w(2)
  deallocate(w)
end subroutine f
