! REPEAT (trial s16: refused): of constants (folded), of a variable, a substring and TRIM with a
! constant count, a PARAMETER count, zero copies, in a concatenation, a comparison, LEN and output.
program p
  implicit none
  character(len=6) :: s
  character(len=3) :: t
  character(len=20) :: u
  integer, parameter :: nd = 3
  integer :: k
  t = 'ab'
  s = repeat('xy', 3)
  print '(a,"|")', s
  print '(a,"|",a,"|")', repeat('-', 10), repeat('=', 0)
  u = repeat(t, 2) // repeat(trim(t), nd) // '!'
  print '(a,"|")', u
  print '(i4)', len(repeat(t, 4)), len_trim(repeat(t, 4))
  if (repeat(t(1:1), 2) == 'aa') print '(a)', 'aa ok'
  do k = 1, 3
    u = repeat(s(k:k), 5)
    print '(a,"|")', u
  end do
  print '(a)', repeat(s(1:2), 2)
end program p
