! READ formatted: a format string, a FORMAT label, a CHARACTER variable as the format; I, F
! (with and without a decimal point in the field: d implied decimals), E, D, ES, G, L, A with
! and without a width, X, T, TR, /, format reversion, BZ, a short record padded with blanks;
! an internal READ from a CHARACTER variable, list-directed and formatted.
! output: exact
program io_read_formatted
  implicit none
  integer :: n, j, iv(4)
  real(8) :: x, v(3)
  real :: y
  logical :: l
  character(len=6) :: s, t
  character(len=12) :: fmt, line
  open(20, file='io_read_formatted.dat', status='replace')
  write(20, '(a)') '  42 3.25    12345  1.5e2'
  write(20, '(a)') 'T abcdef XYZ'
  write(20, '(a)') '  1  2'
  write(20, '(a)') '  3  4'
  write(20, '(a)') ' 1 2'
  write(20, '(a)') '0.5D1-2.5E-1 1.25'
  write(20, '(a)') 'xx'
  close(20)
  open(20, file='io_read_formatted.dat', status='old')
  read(20, '(i4, f5.2, f9.2, e7.1)') n, y, x, v(1)
  write(*, '(i5, f8.3, f10.3, f8.1)') n, y, x, v(1)
  read(20, 100) l, s, t
100 format(l1, 1x, a, 1x, a3)
  write(*, '(l2, 1x, a, a, a, a)') l, s, '|', t, '|'
  fmt = '(2i3)'
  read(20, fmt) iv
  write(*, '(4i3)') iv
  read(20, '(bz, i2, tr1, i1)') n, j
  write(*, '(2i5)') n, j
  read(20, '(d5.1, es7.1, t14, g4.2)') v
  write(*, '(3f10.4)') v
  read(20, '(a, i4)') s, j
  write(*, '(a, a, i3)') s, '|', j
  close(20)
  line = ' 17   0.25'
  read(line, *) n, x
  write(*, '(i4, f6.2)') n, x
  read(line, '(i3, f8.0)') j, x
  write(*, '(i4, f6.2)') j, x
end program
