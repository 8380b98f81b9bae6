! stad: --head 'top(f)/(x)' --set n=5
! A second argument aliases the index of the first: call foo(x(k), k) with foo writing k.
! Also through an index array element: call bar(x(ix(2)), ix).
subroutine foo(a, m)
  implicit none
  double precision a
  integer m
  a = a * a + 0.5d0
  m = m + 1
end subroutine foo

subroutine bar(a, ix)
  implicit none
  double precision a
  integer ix(3)
  a = sin(a) * 2
  ix(2) = ix(2) + 2
end subroutine bar

subroutine top(n, x, f)
  implicit none
  integer n
  double precision x(n), f
  integer k, ix(3)
  k = 2
  call foo(x(k), k)
  call foo(x(k), k)
  ix(1) = 1
  ix(2) = 1
  ix(3) = 1
  call bar(x(ix(2)), ix)
  call bar(x(ix(2)), ix)
  f = x(1) * x(2) + x(3) * x(4) + x(5)
end subroutine top
