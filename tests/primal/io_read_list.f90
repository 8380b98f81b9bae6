! READ list-directed (READ (u, *), READ *) from an OPENed unit: blanks, commas, line breaks
! between items, r*c repeats, null values (,,) and the / terminator (the items after it keep
! their values), quoted and unquoted CHARACTER, LOGICAL as T / .false., d exponents; into
! scalars, arrays, sections, elements and implied DOs. The input file is written first.
! output: exact
program io_read_list
  implicit none
  integer :: n, i, k(4), m(2, 3)
  real(8) :: a(5), x
  real :: y, z(3)
  logical :: l1, l2
  character(len=8) :: name, word
  open(10, file='io_read_list.dat', status='replace')
  write(10, '(a)') '3  2.5d0  .true.  F'
  write(10, '(a)') '1.0, 2.0 3.0'
  write(10, '(a)') '  4.0  ''abc ''''d'''
  write(10, '(a)') '2*7 , 9 /  this is not read'
  write(10, '(a)') '1 2 3 4 5 6'
  write(10, '(a)') '-1.5e-3 ,, 6.25'
  write(10, '(a)') 'word 8'
  close(10)
  open(11, file='io_read_list.dat', status='old', action='read')
  read(11, *) n, x, l1, l2
  write(*, '(i3, f8.3, 2l2)') n, x, l1, l2
  read(11, *) (a(i), i = 1, n + 1), name
  write(*, '(4f6.2, 1x, a, a)') a(1:4), name, '|'
  k = -1
  y = -2.0
  read(11, *) k(1:3), y
  write(*, '(4i4, f6.2)') k, y
  read(11, *) m
  write(*, '(6i3)') m(2, :), m(1, 1)
  z = 9.0
  read(11, *) z
  write(*, '(3es12.4)') z
  read(11, *) word, k(4)
  write(*, '(a, i3)') trim(word), k(4)
  close(11)
end program
