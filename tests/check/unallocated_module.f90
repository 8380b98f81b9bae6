! A head that reads a module ALLOCATABLE array nothing in its call tree allocates (its set-up
! routine is not in the head): the generated C compiled (it wrote NULL with no header defining
! it) and stad check says where the program crashed and what usually causes it (s19 trial C).
module sg_m
  implicit none
  real(8), allocatable :: hb(:)
contains
  subroutine setup(n)
    integer, intent(in) :: n
    allocate(hb(n))
    hb = 1d0
  end subroutine
  subroutine cost(n, x, f)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(out) :: f
    integer :: i
    f = 0
    do i = 1, n
      f = f + x(i) * hb(i)
    end do
  end subroutine
end module
