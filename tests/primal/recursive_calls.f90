! RECURSIVE routines: direct recursion, mutual recursion, a recursive FUNCTION with RESULT,
! locals per activation (scalars, a fixed array, an allocatable), a SAVEd counter shared by all
module rec_m
  implicit none
  integer :: depth_max = 0
contains
  recursive function fact(n) result(r)
    integer, intent(in) :: n
    integer :: r
    if (n <= 1) then
      r = 1
    else
      r = n * fact(n - 1)
    end if
  end function

  recursive subroutine tsum(a, lo, hi, s)
    integer, intent(in) :: lo, hi
    real(8), intent(in) :: a(:)
    real(8), intent(out) :: s
    real(8) :: sl, sr
    integer :: mid
    if (hi - lo < 2) then
      s = a(lo)
      if (hi > lo) s = s + a(hi)
      return
    end if
    mid = (lo + hi) / 2
    call tsum(a, lo, mid, sl)
    call tsum(a, mid + 1, hi, sr)
    s = sl * 1.5d0 + sr
  end subroutine

  recursive subroutine even(n, x, level)
    integer, intent(in) :: n, level
    real(8), intent(inout) :: x
    real(8) :: keep(3)
    real(8), allocatable :: w(:)
    integer, save :: calls = 0
    calls = calls + 1
    if (level > depth_max) depth_max = level
    allocate (w(n + 1))
    w = x + level
    keep = [x, x * 2, x * 3]
    if (n > 0) call odd(n - 1, x, level + 1)
    x = x + keep(2) - w(n + 1) + sum(keep) / calls
    deallocate (w)
  end subroutine

  recursive subroutine odd(n, x, level)
    integer, intent(in) :: n, level
    real(8), intent(inout) :: x
    real(8) :: t
    t = sin(x)
    if (n > 0) call even(n - 1, x, level + 1)
    x = x * 0.5d0 + t
  end subroutine
end module

program recursive_calls
  use rec_m
  implicit none
  real(8) :: a(11), s, x
  integer :: i
  do i = 1, 11
    a(i) = 0.25d0 * i - 1
  end do
  print *, fact(1), fact(5), fact(10)
  call tsum(a, 1, 11, s)
  print *, s
  x = 0.3d0
  call even(7, x, 1)
  print *, x, depth_max
end program
