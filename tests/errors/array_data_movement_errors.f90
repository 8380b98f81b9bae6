! What CSHIFT, EOSHIFT, SPREAD, RESHAPE and PACK do not take: RESHAPE with PAD or ORDER, a
! SHAPE that is not constant, a SOURCE too small; PACK with VECTOR; an array SHIFT or BOUNDARY;
! a DIM out of range; an NCOPIES the routine changes; an argument whose shape is not known on
! entry in a DO WHILE condition (elsewhere it is allocated at the statement); a scalar argument.
subroutine s(n, a, b, q)
  integer, intent(in) :: n
  real(8), intent(inout) :: a(n), b(n), q(2, 3)
  integer :: k, sh(2)
  real(8) :: t
  k = n - 1
  sh = [2, 3]
  q = reshape(a, [2, 3], pad=[0d0])
  q = reshape(a, [2, 3], order=[2, 1])
  q = reshape(a, sh)
  q = reshape(a(1:5), [2, 3])
  b = pack(a, a > 0, b)
  b = cshift(a, [1, 2])
  b = eoshift(a, 1, boundary=b)
  b = cshift(a, 1, dim=2)
  q = spread(a(1:2), 2, k)
  do while (sum(cshift(a(1:k), 1)) > 0)
    k = k - 1
  end do
  b = cshift(t, 1)
end subroutine s
