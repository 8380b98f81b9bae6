! kcost through its --fortran-abi adjoint and tangent, with the PRIVATE scale of module kstate
! set first by the module's own procedure: the gradient and the tangent must match central
! differences of kcost compiled by gfortran (which sees the same scale), and each other.
program main
  use kprec
  use kstate
  use kcost_b_interface, only: kcost_b
  use kcost_d_interface, only: kcost_d
  implicit none
  integer(ik) :: n
  real(dp) :: x(4), xb(4), xd(4), u(4), f, fb, fd, fp, fm, h
  integer :: i, bad
  n = 4
  bad = 0
  h = 1d-6
  x = (/0.3_dp, -0.7_dp, 1.1_dp, 0.5_dp/)
  call set_scale(2.5_dp)
  xb = 0
  fb = 1
  call kcost_b(n, x, xb, f, fb)
  do i = 1, 4
    u = 0
    u(i) = h
    call kcost(n, x + u, fp)
    call kcost(n, x - u, fm)
    call near('adjoint', xb(i), (fp - fm) / (2*h))
  end do
  xd = (/0.4_dp, -0.2_dp, 0.9_dp, 0.1_dp/)
  call kcost_d(n, x, xd, f, fd)
  call kcost(n, x + h*xd, fp)
  call kcost(n, x - h*xd, fm)
  call near('tangent', fd, (fp - fm) / (2*h))
  if (abs(fd - dot_product(xd, xb)) > 1d-12 * max(1d0, abs(fd))) then
    print *, 'FAIL dot product', fd, dot_product(xd, xb)
    bad = 1
  end if
  if (bad == 0) print *, 'OK'

contains

  subroutine near(what, a, b)
    character(*), intent(in) :: what
    real(dp), intent(in) :: a, b
    if (abs(a - b) > 1d-7 * max(1d0, abs(b))) then
      print *, 'FAIL ', what, a, ' differences', b
      bad = 1
    end if
  end subroutine near
end program main
