! stad: --head 'cost(f)/(x)' --set n=4 --lib external/passive.lib --link external/passive.c
! A routine whose only effect on anything active is a described passive call overwriting an
! active COMMON variable (found by the random-program campaign, seed 2802120): its tangent must
! still be called, to zero that variable's derivative (the tangent used to call the primal,
! leaving the derivative as it was; the adjoint was right).
subroutine reset()
  real(8) :: c1, c2
  common /cb/ c1, c2
  call freeze(c2)
end subroutine reset

subroutine cost(n, x, f)
  integer :: n, i
  real(8) :: x(n), f
  real(8) :: c1, c2
  common /cb/ c1, c2
  c2 = 0
  do i = 1, n
    c2 = c2 + sin(x(i))
  end do
  c1 = c2 * x(1)
  call reset()
  f = c1 + c2 * x(2)
end subroutine cost
