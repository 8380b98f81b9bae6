! stad: --head 'f(y)/(x, w)' --set n=6
! WHERE constructs lowered to one loop nest (every reference at the element assigned): three
! branches with two arrays assigned, masks reading both, an ELSEWHERE mask reading what the
! WHERE block assigns, sections with the same triplets, arrays with lower bound 0, elemental
! intrinsics, inside a time loop; and constructs that must go statement by statement (a
! statement reading a neighbour of an assigned array, a mask reading one, a reduction).
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: u(n, 3), v(n, 3), p(0:n-1), q(0:n-1), a(n), b(n)
  integer :: j, t
  do j = 1, 3
    u(:, j) = x * j * 0.3d0
    v(:, j) = w - 0.1d0 * j
  end do
  p = x(n:1:-1)
  q = w
  a = x
  b = w
  do t = 1, 3
    where (u > 0.7d0)
      u = u - 0.1d0 * (u - 0.7d0)**2
      v = v * u
    elsewhere (u < 0.3d0 .and. v > 0)
      v = sqrt(v) + u
      u = u + 0.2d0 * u * (0.3d0 - u)
    elsewhere
      u = 1.01d0 * u + exp(-v * v)
    end where
  end do
  where (u(2:n-1, 2:3) > v(2:n-1, 2:3))
    v(2:n-1, 2:3) = max(v(2:n-1, 2:3), 0.5d0 * u(2:n-1, 2:3))
  elsewhere (v(2:n-1, 2:3) > 1)
    u(2:n-1, 2:3) = u(2:n-1, 2:3) / v(2:n-1, 2:3)
  end where
  where (p > q)
    q = p * q
  elsewhere
    p = p + q
    q = cos(p)
  end where
  ! not one loop nest: b reads a neighbour of a, assigned before it
  where (a > 0.2d0)
    a = a * w
    b = b + a(n:1:-1)
  elsewhere
    a = a + 1
  end where
  ! not one loop nest: the ELSEWHERE mask reads a neighbour of b
  where (b > 0.5d0)
    b = b * b
  elsewhere (b(n:1:-1) > 0.3d0)
    b = b + a
  end where
  y = sum(u * v) + sum(p * q) + sum(a * b)
end subroutine f
