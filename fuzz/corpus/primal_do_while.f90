! DO WHILE: a Newton iteration that stops on a tolerance, a compound condition, a loop whose
! condition is false at entry, and a DO WHILE nested in a counted DO.
program do_while
  implicit none
  real(8) :: x, a, dx
  integer :: it, n, i

  a = 2.0d0
  x = 1.0d0
  dx = 1.0d0
  it = 0
  do while (abs(dx) > 1.0d-15 .and. it < 50)
    dx = (x * x - a) / (2.0d0 * x)
    x = x - dx
    it = it + 1
  end do
  print *, it, x

  ! Collatz-like integer sequence
  n = 27
  it = 0
  do while (n /= 1)
    if (mod(n, 2) == 0) then
      n = n / 2
    else
      n = 3 * n + 1
    end if
    it = it + 1
  end do
  print *, it, n

  ! condition false at entry: the body never runs
  x = 3.0d0
  do while (x < 0.0d0)
    x = x - 1.0d0
  end do
  print *, x

  ! inside a counted DO: halve until below a bound
  do i = 1, 3
    x = 10.0d0 ** i
    it = 0
    do while (x >= 1.0d0)
      x = x * 0.5d0
      it = it + 1
    end do
    print *, i, it, x
  end do
end program do_while
