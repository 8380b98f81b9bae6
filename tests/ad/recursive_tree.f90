! stad: --head 'recursive_tree(y)/(x)' --set n=9
! RECURSIVE routines differentiated: a direct recursion (a weighted tree sum over an array,
! split in halves down to pairs: active data through the dummies and locals of every activation),
! a mutual recursion (even/odd stepping one active state and a module variable, each activation
! keeping its own local array and ALLOCATABLE work array, a SAVEd counter shared by all, the
! recursive call inside a CHECKPOINT-START region), and a recursive FUNCTION with RESULT; depth
! driven by integer arguments, every site inside and into the cycles on and off.
module tree_m
  implicit none
  real(8) :: gain = 1.25d0, scale = 1
contains
  recursive subroutine tsum(a, lo, hi, s)
    integer, intent(in) :: lo, hi
    real(8), intent(in) :: a(*)
    real(8), intent(out) :: s
    real(8) :: sl, sr
    integer :: mid
    if (hi - lo < 2) then
      s = a(lo) * a(lo)
      if (hi > lo) s = s + sin(a(hi))
      return
    end if
    mid = (lo + hi) / 2
    call tsum(a, lo, mid, sl)
    call tsum(a, mid + 1, hi, sr)
    s = sl * cos(sr) + sr * gain
  end subroutine

  recursive subroutine even(k, x, c)
    integer, intent(in) :: k
    real(8), intent(inout) :: x
    real(8), intent(in) :: c
    real(8) :: keep(2)
    real(8), allocatable :: w(:)
    integer, save :: ncalls = 0
    allocate (w(k + 1))
    w = 0.25d0 * x * c
    keep(1) = x
    keep(2) = x * c
    ncalls = ncalls + 1
    x = x * x * 0.5d0 + c
    scale = scale * 1.125d0
!$AD CHECKPOINT-START
    if (k > 0) call odd(k - 1, x, keep(2))
    x = x * keep(1) + keep(2)
!$AD CHECKPOINT-END
    x = x + sum(w) / (k + 1)
    if (ncalls < 0) x = 0 ! (never: the counter only grows)
    deallocate (w)
  end subroutine

  recursive subroutine odd(k, x, c)
    integer, intent(in) :: k
    real(8), intent(inout) :: x
    real(8), intent(in) :: c
    real(8) :: t
    t = exp(-x * x) * scale
    if (k > 0) call even(k - 1, x, c + t)
    x = x * t + c
  end subroutine

  recursive function power(x, k) result(r)
    real(8), intent(in) :: x
    integer, intent(in) :: k
    real(8) :: r
    if (k == 0) then
      r = 1
    else
      r = x * power(x, k - 1)
    end if
  end function
end module

subroutine recursive_tree(n, x, y)
  use tree_m
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  real(8), intent(out) :: y(3)
  real(8) :: z
  integer :: i
  call tsum(x, 1, n, y(1))
  z = 0.1d0 * x(1)
  scale = x(3)
  do i = 1, 2
    call even(n - 3 + i, z, x(i + 1))
  end do
  y(2) = z
  y(3) = power(x(2) + y(1) * 0.01d0, 5)
  x(1) = x(1) * y(2)
end subroutine
