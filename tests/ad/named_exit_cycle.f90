! stad: --head 'names(y)/(x)' --set n=5
! EXIT and CYCLE of an outer loop from an inner one (by name), through a DO WHILE, with a call
! in the innermost loop, and an EXIT from a named IF block.
subroutine bump(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b + a * b * 0.1d0
end subroutine bump

subroutine names(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, j, k
  y = 1.0d0
  outer: do i = 1, n
    inner: do j = 1, n
      if (j > i) cycle outer
      if (i + j > 8) exit outer
      call bump(x(j), y)
    end do inner
    y = y * 1.01d0
  end do outer
  k = 0
  a: do i = 1, n
    b: do while (k < 20)
      k = k + 1
      do j = 1, 3
        if (mod(k + j, 5) == 0) cycle b
        if (k > 12) exit a
        y = y + x(j) * x(i) * 0.01d0
      end do
      y = y * 0.99d0
    end do b
  end do a
  check: if (y > 0.0d0) then
    y = y * x(1)
    if (i > 2) exit check
    y = y * 2.0d0
  end if check
end subroutine names
