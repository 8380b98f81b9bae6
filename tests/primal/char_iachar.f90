! IACHAR (ASCII codes: ICHAR's on this machine) of a constant and of substrings (trial s16: refused).
program p
  implicit none
  character(len=5) :: s
  integer :: k, t
  s = 'Hello'
  t = 0
  do k = 1, 5
    t = t + iachar(s(k:k)) * k
  end do
  print *, t, iachar('A'), ichar('a')
end program p
