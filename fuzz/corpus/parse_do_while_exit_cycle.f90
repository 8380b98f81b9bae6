! DO WHILE, DO with a negative step, EXIT and CYCLE, ENDDO spelled as one word.
subroutine loops(x, n)
  integer :: n, i
  real(8) :: x(n), s
  s = 0
  do while (s < 10.0d0)
    s = s + 1
    if (s > 5) exit
  enddo
  do i = n, 1, -1
    if (x(i) < 0) cycle
    x(i) = x(i) * s
    if (x(i) > 1.0d3) exit
  end do
end subroutine loops
