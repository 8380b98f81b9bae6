! stad: --head 'chain(y)/(x)' --set n=16
! IF / ELSE IF / ELSE with conditions on active values and a different active formula in
! each branch; across the n elements every branch is taken. A nested IF and a logical IF.
subroutine chain(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(n)
  integer :: i
  do i = 1, n
    if (x(i) < 0.75d0) then
      y(i) = sin(x(i))
    else if (x(i) < 1.0d0) then
      y(i) = x(i)**2
    else if (x(i) <= 1.25d0) then
      if (i > 3) then
        y(i) = exp(-x(i))
      else
        y(i) = 2.0d0 * x(i)
      end if
    else
      y(i) = sqrt(x(i)) * x(1)
    end if
    if (y(i) > 1.5d0) y(i) = y(i) * x(n)
  end do
end subroutine chain
