! Formatted output byte for byte as gfortran writes it: A, I, F, E, ES, EN, D, G, L edit
! descriptors with widths, digits and exponent widths; X, T, TL, TR, /, :, strings and nH;
! scale factors, SP/SS; repeat counts, nested groups and format reversion; formats given as
! literals, CHARACTER variables and PARAMETERs, FORMAT labels (with & continuation) and PRINT fmt;
! arrays, sections and implied DOs as items; too-wide values as stars; unit 0 (stderr).
! output: exact
program io_formats
  implicit none
  integer :: i, j, n
  real(8) :: a(5), x, m(2, 3)
  real :: r
  logical :: flag
  character(len=16) :: fmt
  character(len=*), parameter :: pfmt = '(a, 2i4)'
  n = 5
  do i = 1, n
    a(i) = 1.5d0 * i - 2.25d0
  end do
  do j = 1, 3
    do i = 1, 2
      m(i, j) = 10d0 * i + j / 4d0
    end do
  end do
  x = 1d0 / 3d0
  r = 2.5e0
  flag = .true.
  ! integers
  write(*, '(i5.3, 1x, i0, 1x, i2, i4)') 7, -42, 420, -5
  write(*, '(sp, i4, ss, i4, s, i4)') 1, 2, 3
  ! fixed point
  write(*, '(f5.2, f5.2, f6.3, f4.3, f4.3)') 0.125d0, 0.375d0, -0.0001d0, 0.5d0, -0.5d0
  write(*, '(f8.3, f8.2, f6.1, f5.1, f5.1, f5.1)') 2.0005d0, 2.005d0, -0.04d0, 0.05d0, 0.15d0, 0.25d0
  write(*, '(f0.3, 1x, f0.3, 1x, f10.3, f7.4)') 3.14159d0, 0.14159d0, 1d20, r
  write(*, '(f6.0, 2p, f9.3)') 12.5d0, 1.5d0
  ! exponents
  write(*, '(e12.4, e9.4, es12.4, e12.4, en12.4)') 1234.5678d0, 1234.5678d0, 0d0, 0d0, 1234.5678d0
  write(*, '(1pe12.4, e12.4, e12.4, e12.4e3)') 1234.5678d0, 1d-100, 1d200, 1d200
  write(*, '(e10.2, -1p, e12.4, 2p, e12.4)') 2.5d-3, 1.5d0, 1.5d0
  write(*, '(es10.3e1, g12.4e3, e12.4, d12.4, en10.2)') 1.5d5, 1.5d5, -1.5d5, x, 999.96d0
  write(*, '(1p, 3e10.2)') 1d0, 2d0, 3d0
  ! G
  write(*, '(g12.4, g12.4, g12.4, g12.4)') 1234.5678d0, 0.01d0, 0d0, 1d10
  write(*, '(g10.3, g10.3, g10.3, g8.2, g5.1, g6.2)') 99.96d0, 999.6d0, 0.09996d0, 7, 'ab', flag
  ! logical, character
  write(*, '(l3, l1, a3, "|", a8, "|", a)') .true., .false., 'abcdef', 'xy', 'it''s'
  ! positions, records, colon
  write(*, '(a, 5x)') 'trailing X writes nothing'
  write(*, '(2x, a, t2, a)') 'abc', 'Z'
  write(*, '(a, tr3, a, tl2, a)') 'ab', 'cd', 'X'
  write(*, '(i3 / i3, 2/ "end")') 1, 2
  write(*, '(i3, :, " never")') 1
  write(*, '(i3, " after")') 1
  write(*, '(5hhello, i2, 2h!!)') 3
  ! groups and reversion
  write(*, '(3(i2, 1x))') (i, i = 1, 7)
  write(*, '("a:", 2(i2, "/", f4.1), " b")') 1, 1d0, 2, 2d0, 3, 3d0
  write(*, '(i2, 2(1x, 2(i1, "-")))') 9, 1, 2, 3, 4, 5, 6, 7, 8
  ! arrays, sections, implied DOs, nested implied DOs
  write(*, '(5f8.3)') a
  write(*, '(3f6.2)') a(2:4)
  write(*, '(2(i2, ":", f6.2, 1x))') (i, a(i), i = 1, n, 2)
  write(*, '(6f7.2)') ((m(i, j), i = 1, 2), j = 1, 3)
  write(*, '(3f7.2)') m
  ! formats in variables, PARAMETERs and FORMAT statements, PRINT with a format
  fmt = '(a, i3.3)'
  write(*, fmt) 'out', 7
  write(*, pfmt) 'p', 1, 2
  write(6, 100) n, x
100 format ('n=', i3, &
            ' x=', es12.4)
  print 200, x, -x
200 format (1p, 2e12.4)
  print '(a)', 'print with a format'
  print fmt, 'k', 12
  ! empty and overflowing
  write(*, '(a)')
  write(*, '()')
  write(*, '(i2, f5.1, e8.2)') 420, 1234.5d0, 1d300
  ! standard error
  write(0, '(a, i3)') 'to stderr', n
end program
