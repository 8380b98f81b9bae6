! stad: --head 'cost(f)/(x)' --set n=4
! Only the head's call tree is translated: io and report use statements outside stad's language
! (OPEN, WRITE, FORMAT, CLOSE) and call a routine no given file has; the head never reaches them.
module consts
  implicit none
  real(8), parameter :: scale = 1.5d0
contains
  subroutine dump(x, n)
    integer :: n
    real(8) :: x(n)
    open(11, file='dump.txt')
    write(11, 100) x
100 format(4e12.4)
    close(11)
  end subroutine
end module

subroutine step(x, n)
  use consts
  implicit none
  integer :: n, i
  real(8) :: x(n)
  do i = 1, n
    x(i) = scale * sin(x(i)) + x(i)**2
  end do
end subroutine

subroutine cost(x, n, f)
  implicit none
  integer :: n, i
  real(8) :: x(n), f
  call step(x, n)
  f = 0
  do i = 1, n
    f = f + x(i) * x(max(1, i - 1))
  end do
end subroutine

subroutine io(x, n)
  implicit none
  integer :: n
  real(8) :: x(n)
  open(10, file='state.txt')
  write(10, *) x
  close(10)
  call vendor_flush(10)
end subroutine

program driver
  implicit none
  real(8) :: x(4), f
  x = 1
  call cost(x, 4, f)
  call io(x, 4)
  print *, f
end program
