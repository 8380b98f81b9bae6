! GAMMA and LOG_GAMMA against gfortran (C's tgamma and lgamma): integers, halves, negative
! arguments between the poles, tiny and large arguments, an array, DGAMMA and DLGAMA.
program p
  implicit none
  real(8) :: x(8), g(8)
  real :: s
  integer :: i
  x = [1d0, 5d0, 0.5d0, -0.5d0, -2.7d0, 1d-8, 30.25d0, 170.5d0]
  do i = 1, 8
    print '(i3, 2es25.16)', i, gamma(x(i)), log_gamma(x(i))
  end do
  g = log_gamma(abs(x) + 1d0)
  print '(4es25.16)', g
  s = gamma(3.5)
  print '(es16.7, 2es25.16)', s, dgamma(4.5d0), dlgama(300.5d0)
end program p
