! An internal procedure may not change a variable that gives the bounds of a host array it
! uses: the host fixed the array's shape on entry.
subroutine f(n, x, y)
  integer :: n
  real(8) :: x(n), y
  call shrink()
  y = sum(x)
contains
  subroutine shrink()
    n = n - 1
    x(1) = 2 * x(1)
  end subroutine shrink
end subroutine f
