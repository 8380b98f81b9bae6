! One-line logical IFs with every kind of action statement.
subroutine lif(x, n)
  integer :: n, i
  real(8) :: x(n)
  do i = 1, n
    if (x(i) < 0) x(i) = -x(i)
    if (x(i) > 10) cycle
    if (x(i) > 5) exit
    if (i == 2) call twice(x(i))
    if (i == 3) print *, x(i)
    if (i == 4) write (*, *) x(i)
    if (n < 0) stop 2
    if (n == 0) return
    if (i == 5) continue
  end do
end subroutine lif

subroutine twice(y)
  real(8) :: y
  y = 2 * y
end subroutine twice
