! A COMMON block's member declared a(4) in one routine and b(0:3) or b(2, 2) in others: same
! size, other bounds. Refused until storage association by offset is supported.
subroutine one(x)
  real(8) x, a(4)
  common /blk/ a
  x = a(1) + a(4)
end subroutine one

subroutine two(x)
  real(8) x, b(0:3)
  common /blk/ b
  x = b(0) + b(3)
end subroutine two

subroutine three(x)
  real(8) x, c(2, 2)
  common /blk/ c
  x = c(1, 1) + c(2, 2)
end subroutine three
