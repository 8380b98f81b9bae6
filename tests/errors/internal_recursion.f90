! A cycle through internal procedures where one of them is not RECURSIVE is refused, the
! procedures named with their names as written.
subroutine f(x)
  real(8) :: x
  call down(3)
contains
  recursive subroutine down(k)
    integer :: k
    x = x * 0.5d0
    if (k > 0) call up(k - 1)
  end subroutine down
  subroutine up(k)
    integer :: k
    if (k > 0) call down(k - 1)
  end subroutine up
end subroutine f

