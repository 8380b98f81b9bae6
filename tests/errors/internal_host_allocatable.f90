! An internal procedure may not use its host's ALLOCATABLE array (it would become an
! ALLOCATABLE dummy of the lifted routine): refused, located, with what to write instead.
subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  integer :: i
  allocate(w(n))
  do i = 1, n
    w(i) = x(i) * 2
  end do
  call smooth()
  f = 0
  do i = 1, n
    f = f + w(i)**2
  end do
  deallocate(w)
contains
  subroutine smooth()
    integer :: j
    do j = 2, n
      w(j) = w(j) + sin(w(j-1))
    end do
  end subroutine
end subroutine
