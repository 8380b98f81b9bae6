! Calls the generated cost_b and cost_d (through their interface modules) after setting the
! module and COMMON variables they read, and checks them against central differences of the
! primal compiled by gfortran. Prints OK, or FAIL lines.
program main
  use setup
  use cost_b_interface
  use cost_d_interface
  implicit none
  integer k
  double precision c, d
  common /pars/ k, c, d
  real(8) :: x(3), xb(3), xd(3), f, fb, fd, fp, fm, h, g, dd
  integer :: i, bad
  bad = 0
  k = 2
  c = 0.7d0
  d = 0.3d0
  wts = (/1.0d0, 2.0d0, 0.5d0/)
  x = (/1.0d0, -0.5d0, 2.0d0/)
  h = 1d-6
  ! the issue's example: f = k*sum(wts*c*x**2 + d*sin(x)); xb(1) = k*(2*c*x(1) + d*cos(x(1)))
  xb = 0
  fb = 1
  call cost_b(x, xb, f, fb)
  x = (/1.0d0, -0.5d0, 2.0d0/)
  if (abs(xb(1) - 2*(2*0.7d0 + 0.3d0*cos(1.0d0))) > 1d-12) then
    print *, 'FAIL xb(1) =', xb(1), ' expected', 2*(2*0.7d0 + 0.3d0*cos(1.0d0))
    bad = 1
  end if
  do i = 1, 3
    x(i) = x(i) + h
    call cost(x, fp)
    x(i) = x(i) - 2*h
    call cost(x, fm)
    x(i) = x(i) + h
    g = (fp - fm) / (2*h)
    if (abs(xb(i) - g) > 1d-7 * max(1d0, abs(g))) then
      print *, 'FAIL adjoint', i, xb(i), ' differences', g
      bad = 1
    end if
  end do
  xd = (/0.3d0, -1.0d0, 0.7d0/)
  call cost_d(x, xd, f, fd)
  call cost(x + h*xd, fp)
  call cost(x - h*xd, fm)
  dd = (fp - fm) / (2*h)
  if (abs(fd - dd) > 1d-7 * max(1d0, abs(dd))) then
    print *, 'FAIL tangent', fd, ' differences', dd
    bad = 1
  end if
  if (abs(fd - dot_product(xb, xd)) > 1d-12 * max(1d0, abs(fd))) then
    print *, 'FAIL dot product', fd, dot_product(xb, xd)
    bad = 1
  end if
  call cost(x, fp)
  if (abs(f - fp) > 1d-13 * abs(fp)) then
    print *, 'FAIL primal of cost_d', f, ' gfortran', fp
    bad = 1
  end if
  if (bad == 0) print *, 'OK'
end program main
