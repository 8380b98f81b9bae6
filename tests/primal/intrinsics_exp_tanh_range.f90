! EXP and TANH of REAL(8) over their whole range, against gfortran's (libm): stad computes them
! with its own branch-free code (README "EXP and TANH of REAL(8) are stad's own"). Tiny,
! moderate and large arguments of both signs, the ends of the reduction intervals, overflow to
! Infinity and underflow through subnormals to 0, tanh's saturation. The loops over 64 elements
! also serve primal/exp_tanh_vector (tools/vector_lanes.sh): built with -O2, gcc vectorizes them,
! and every element must equal the scalar value printed after it.
program intrinsics_exp_tanh_range
  implicit none
  real(8) :: x(64), e(64), t(64)
  integer :: i

  do i = 1, 64
    x(i) = -745.5d0 + 23.3d0 * (i - 1) + 0.01d0 * i * i
  end do
  x(64) = 709.78d0
  do i = 1, 64
    e(i) = exp(x(i))
  end do
  do i = 1, 64
    print *, x(i), e(i), exp(x(i))
  end do

  do i = 1, 64
    x(i) = (i - 32.5d0) * 0.67d0 + 1.0d-3 * i
  end do
  x(1) = 1.0d-300
  x(2) = -2.5d-310
  x(3) = 0.34657359027997264d0
  x(4) = -0.34657359027997264d0
  x(5) = 19.06d0
  x(6) = -20.0d0
  x(7) = 1.0d300
  x(8) = 1.0d-9
  do i = 1, 64
    t(i) = tanh(x(i))
    e(i) = exp(x(i))
  end do
  do i = 1, 64
    print *, x(i), t(i), tanh(x(i)), e(i), exp(x(i))
  end do
  x(1) = -1000.0d0
  x(2) = 1000.0d0
  x(3) = 0.0d0
  print *, exp(x(1)), exp(x(2)), exp(x(3)), tanh(x(3)), tanh(x(2)), tanh(-x(2))
end program intrinsics_exp_tanh_range
