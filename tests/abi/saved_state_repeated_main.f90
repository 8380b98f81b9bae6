! Calls the tangent and the adjoint of twice three times each (each file keeps its own copy of
! the SAVE'd state, and each call moves it on as the Fortran does): the k-th adjoint must equal
! the k-th tangent and the derivative worked out by hand from the state before the k-th call.
program main
  use mean_weight
  use twice_b_interface, only: twice_b
  use twice_d_interface, only: twice_d
  implicit none
  real(8) :: x, xb, xd, y, yb, yd, t, c, a, b, da, db, exact
  integer :: k, bad
  bad = 0
  weight = 0.5d0
  x = 1.3d0
  t = 0
  c = 0
  do k = 1, 3
    ! by hand: a = (t + x)/(c + 1), b = (t + 3x)/(c + 2), y = weight*a*b
    a = (t + x) / (c + 1)
    b = (t + 3*x) / (c + 2)
    da = 1 / (c + 1)
    db = 3 / (c + 2)
    exact = weight * (da*b + a*db)
    xd = 1
    call twice_d(x, xd, y, yd)
    xb = 0
    yb = 1
    call twice_b(x, xb, y, yb)
    if (abs(yd - exact) > 1d-12 * abs(exact) .or. abs(xb - exact) > 1d-12 * abs(exact)) then
      print *, 'FAIL call', k, ' tangent', yd, ' adjoint', xb, ' by hand', exact
      bad = 1
    end if
    t = t + 3*x
    c = c + 2
  end do
  if (bad == 0) print *, 'OK'
end program main
