! RECURSIVE internal procedures (host association: they read and write the host's variables
! in every activation) and a recursive array-valued FUNCTION
module arr_m
  implicit none
contains
  recursive function cumul(n, x) result(r)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8) :: r(n)
    if (n == 1) then
      r = x
    else
      r(1:n - 1) = cumul(n - 1, x(1:n - 1))
      r(n) = r(n - 1) + x(n)
    end if
  end function
end module

subroutine host(n, x, total)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: total
  integer :: visits
  visits = 0
  total = 0
  call walk(1, n)
  total = total + visits
contains
  recursive subroutine walk(lo, hi)
    integer, intent(in) :: lo, hi
    integer :: mid
    visits = visits + 1
    if (lo == hi) then
      total = total + x(lo) * lo
    else
      mid = (lo + hi) / 2
      call walk(lo, mid)
      call hop(mid + 1, hi)
    end if
  end subroutine
  recursive subroutine hop(lo, hi)
    integer, intent(in) :: lo, hi
    total = total * 0.5d0
    call walk(lo, hi)
  end subroutine
end subroutine

program recursive_internal
  use arr_m
  implicit none
  real(8) :: x(7), t
  integer :: i
  do i = 1, 7
    x(i) = 0.5d0 * i - 1.25d0
  end do
  call host(7, x, t)
  print *, t
  print *, cumul(7, x)
end program
