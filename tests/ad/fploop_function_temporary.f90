! stad: --head 'relax(f)/(w0)'
! An FP-LOOP whose body references an array-valued function with a result sized by a module
! variable: the function's temporary is allocated before the statement and freed after it, so it
! is dead between iterations and must be no part of the loop's state, inferred (first loop) or
! named (second), as binomial_function_temporary checks for a BINOMIAL-CKP loop's snapshot. Both
! maps contract (factor at most 0.5 near the fixed point), so the two-phase adjoint converges.
module g3
  implicit none
  integer :: nx = 4
contains
  function pull(u, c) result(g)
    real(8), intent(in) :: u(:), c(:)
    real(8) :: g(size(u))
    g = 0.25d0 * sin(u) + c
  end function pull
  function mix(u) result(g)
    real(8), intent(in) :: u(:)
    real(8) :: g(nx)
    g = 0.3d0 * cos(u(nx:1:-1)) + 0.1d0 * u
  end function mix
end module g3

subroutine relax(w0, f)
  use g3
  implicit none
  real(8), intent(in) :: w0(4)
  real(8), intent(out) :: f
  real(8) :: u(nx), v(nx), unew(nx), err
  integer :: k
  u = 0
  err = 1
  !$AD FP-LOOP
  do k = 1, 200
    if (err < 1d-15) exit
    unew = pull(u, w0)
    err = maxval(abs(unew - u))
    u = unew
  end do
  v = u
  err = 1
  !$AD FP-LOOP v
  do while (err > 1d-15)
    unew = mix(v) + 0.5d0 * u
    err = maxval(abs(unew - v))
    v = unew
  end do
  f = sum(u * v) + sum(v**2)
end subroutine relax
