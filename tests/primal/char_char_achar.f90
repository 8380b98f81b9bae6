! CHAR and ACHAR (trial s16: refused): a file name built with //, a one-character variable,
! a comparison with CHAR(66), IACHAR back.
program p
  implicit none
  character(len=12) :: fname
  character(len=1) :: c
  integer :: k
  do k = 1, 3
    fname = 'out' // char(48 + k) // '.dat'
    c = achar(64 + k)
    print '(a,"|",a,"|",i4)', trim(fname), c, iachar(c)
    if (c == char(66)) print '(a)', 'B found'
  end do
end program p
