! SAVE: local variables that keep their values from one call to the next: the SAVE attribute,
! a SAVE statement naming variables, a saved array, and a bare SAVE statement that saves every
! local; each routine has a reset mode so no initial value is assumed.
subroutine counter(mode, k)
  implicit none
  integer, intent(in) :: mode
  integer, intent(out) :: k
  integer, save :: ncalls
  if (mode == 0) ncalls = 0
  ncalls = ncalls + 1
  k = ncalls
end subroutine counter

subroutine running_mean(mode, x, mean)
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: x
  real(8), intent(out) :: mean
  real(8) :: sum
  integer :: n
  save sum, n
  if (mode == 0) then
    sum = 0.0d0
    n = 0
  end if
  sum = sum + x
  n = n + 1
  mean = sum / n
end subroutine running_mean

subroutine history(mode, x, prev2)
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: x
  real(8), intent(out) :: prev2
  real(8) :: h(2)
  save
  if (mode == 0) then
    h(1) = 0.0d0
    h(2) = 0.0d0
  end if
  prev2 = h(2)
  h(2) = h(1)
  h(1) = x
end subroutine history

program save_variables
  implicit none
  integer :: i, k
  real(8) :: m, p

  call counter(0, k)
  do i = 1, 4
    call counter(1, k)
  end do
  print *, k
  call counter(0, k)
  print *, k

  do i = 1, 5
    call running_mean(min(i - 1, 1), 1.0d0 / i, m)
    call history(min(i - 1, 1), 1.5d0 * i, p)
    print *, i, m, p
  end do
end program save_variables
