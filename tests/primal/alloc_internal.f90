! An internal procedure that allocates and deallocates its host's ALLOCATABLE array (it becomes an
! ALLOCATABLE dummy of the lifted routine).
program p
  implicit none
  real(8), allocatable :: w(:)
  call make(3)
  print *, allocated(w), size(w)
  w = 2
  call drop()
  print *, allocated(w)
  call make(4)
  print *, size(w), lbound(w)
contains
  subroutine make(m)
    integer, intent(in) :: m
    allocate(w(0:m))
  end subroutine
  subroutine drop()
    deallocate(w)
  end subroutine
end program
