! EQUIVALENCE between locals and COMMON members (storage association): a local array overlapping
! a member and extending the block past its end, a scalar on a member's element, a local joined
! to the block through another local, an element of a member on an element of a local; another
! routine declares the block with another layout (the extended length), and a third sees the
! block as gfortran lays it out.
! output: exact
subroutine fill(n)
  implicit none
  integer :: n, i
  real(8) :: a(4), tail(6), s, w(2), v(3)
  common /blk/ a
  equivalence (a(3), tail(1)), (s, a(2))
  equivalence (w(2), v(1)), (tail(5), w(1))
  do i = 1, 4
    a(i) = 10 * i
  end do
  s = s + 0.5d0
  tail(3) = n
  tail(6) = -1
  v(2) = v(1) + 7
  w(1) = w(1) * 2
end subroutine fill

subroutine show
  implicit none
  real(8) :: whole(9)
  integer :: i
  common /blk/ whole
  print '(9f8.2)', (whole(i), i = 1, 9)
  whole(1) = whole(8) + whole(2)
end subroutine show

program main
  implicit none
  real(8) :: b(4), c
  integer :: k(3), m
  common /blk/ b
  common /ints/ k
  equivalence (m, k(3))
  call fill(3)
  call show
  print '(4f8.2)', b
  k = (/1, 2, 3/)
  m = m * 5
  print '(3i4)', k
  c = b(1)
  print '(f8.2)', c
end program
