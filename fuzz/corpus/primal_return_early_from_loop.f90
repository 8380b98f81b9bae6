! RETURN in the middle of a routine: from inside a DO loop, from inside nested loops, from a
! DO WHILE, from a FUNCTION (the result set before the RETURN), and a routine that falls
! through to its end.
module return_early_from_loop_m
  implicit none
contains
  integer function first_above(a, n, t)
    integer, intent(in) :: n
    real(8), intent(in) :: a(n), t
    integer :: i
    first_above = -1
    do i = 1, n
      if (a(i) > t) then
        first_above = i
        return
      end if
    end do
  end function first_above

  subroutine find2(b, n, t, ii, jj)
    integer, intent(in) :: n
    real(8), intent(in) :: b(n, n), t
    integer, intent(out) :: ii, jj
    integer :: i, j
    ii = 0
    jj = 0
    do j = 1, n
      do i = 1, n
        if (b(i, j) == t) then
          ii = i
          jj = j
          return
        end if
      end do
    end do
  end subroutine find2

  real(8) function damped(x)
    real(8), intent(in) :: x
    damped = x
    do while (.true.)
      damped = 0.5d0 * damped + 0.1d0
      if (damped < 0.25d0) return
    end do
  end function damped
end module return_early_from_loop_m

program return_early_from_loop
  use return_early_from_loop_m
  implicit none
  real(8) :: a(6), b(4, 4)
  integer :: i, j, ii, jj

  do i = 1, 6
    a(i) = sin(0.7d0 * i)
  end do
  print *, first_above(a, 6, 0.9d0), first_above(a, 6, 0.0d0), first_above(a, 6, 2.0d0)

  do j = 1, 4
    do i = 1, 4
      b(i, j) = dble(i * j)
    end do
  end do
  call find2(b, 4, 6.0d0, ii, jj)
  print *, ii, jj
  call find2(b, 4, 7.0d0, ii, jj)
  print *, ii, jj

  print *, damped(10.0d0), damped(0.1d0)
end program return_early_from_loop
