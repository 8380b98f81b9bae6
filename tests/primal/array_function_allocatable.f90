! An ALLOCATABLE function result: the function is a subroutine whose ALLOCATABLE INTENT(OUT)
! dummy is the caller's temporary (allocated inside, freed after the statement); its size
! changes between calls; SIZE of a reference; automatic reallocation from one.
module am
  implicit none
contains
  function grow(u, k) result(l)
    real(8), intent(in) :: u(:)
    integer, intent(in) :: k
    real(8), allocatable :: l(:)
    integer :: i
    allocate(l(size(u) + k))
    l(1:size(u)) = 2*u
    do i = size(u) + 1, size(u) + k
      l(i) = i * 0.5d0
    end do
  end function
  function sq(u) result(l)
    real(8), intent(in) :: u(:)
    real(8), allocatable :: l(:)
    l = u**2
  end function
end module
program p
  use am
  implicit none
  real(8) :: u0(4), s
  real(8), allocatable :: w(:)
  integer :: k
  u0 = [1d0, 2d0, 3d0, 4d0]
  do k = 0, 2
    s = sum(grow(u0, k)) + maxval(sq(u0(2:3)))
    print *, k, s, size(grow(u0, k))
  end do
  w = grow(u0, 3)
  print *, w
  print *, sq(w(2:5)) + 1
end program
