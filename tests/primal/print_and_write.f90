! List-directed output: PRINT * and WRITE(*,*) with integers, REAL(8) values, logicals,
! strings, expressions and function results in the item list, an empty PRINT, and many items
! on one statement, implied DOs whose items have different types. Numbers are kept out of the
! strings.
program print_and_write
  implicit none
  integer :: i
  real(8) :: x
  logical :: ok

  i = 42
  x = -0.1d0 * i
  ok = x < 0.0d0
  print *, i
  print *, x
  print *, ok
  print *, 'mixed:', i, x, ok, 'end'
  write(*,*) i, x, ok
  write(*, *) 'expressions', i * 2 + 1, x / 3.0d0, .not. ok, abs(x), i > 40
  print *
  write(*,*)
  print *, 'a string alone'
  do i = 1, 3
    write(*,*) 'row', i, i * x, mod(i, 2) == 1
  end do
  print *, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5d0, 2.5d0, 3.5d0, 4.5d0, .true., .false.
  print *, 1.0d-20, 1.0d20, -123.456d0, 0.0d0, 1.0d-300, 6.5d300
  print *, (i, i * x, i = 1, 3), 'after', (i * i, i = 1, 2)
  write (*, *) (i, 0.5d0 * i, mod(i, 2) == 0, i = 2, 4)
end program print_and_write
