! stad: --head 'cost(f)/(x)' --set n=4 --lib external/passive.lib --link external/passive.c
! Passive routines described in a --lib file: a logger that reads an active array, a routine
! that overwrites an active scalar with a constant (its derivative becomes zero, in the tangent
! and in the adjoint, as after r = 0.75), and one that writes an integer that then selects a
! branch.
subroutine mix(n, x, r)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  real(8), intent(out) :: r
  integer :: i, k
  r = x(1) * x(2)
  call log_norm(n, x)
  call freeze(r)
  call clock_ticks(k)
  do i = 1, n
    if (k >= 0) then
      x(i) = x(i) * r + sin(x(i))
    else
      x(i) = x(i) * r - sin(x(i))
    end if
  end do
end subroutine mix

subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: y(n), r
  integer :: i
  do i = 1, n
    y(i) = x(i)
  end do
  call mix(n, y, r)
  call mix(n, y, r)
  f = r * y(1) + y(n)**2
end subroutine cost
