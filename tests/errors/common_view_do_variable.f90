! A DO variable that is a member of a COMMON block other routines lay out differently: the
! member is an element of the block's storage array, which a DO variable cannot be.
subroutine one(s)
  integer s, k
  integer iw(4)
  common /iw/ iw
  s = 0
  do k = 1, 4
    s = s + iw(k)
  end do
end subroutine one

subroutine two(s)
  integer s, i, j(3)
  common /iw/ i, j
  s = 0
  do i = 1, 3
    s = s + j(i)
  end do
end subroutine two
