! Array-valued FUNCTIONs where the call must run at each evaluation (a DO WHILE condition, an
! ELSE IF condition), inside WHERE, as an actual argument, through a generic interface, with
! keyword arguments, and a function referenced twice running twice (it counts its calls).
module afc
  implicit none
  integer :: ncalls = 0
  interface scaled
    module procedure scaled_r, scaled_i
  end interface
contains
  function halve(x) result(y)
    real(8), intent(in) :: x(:)
    real(8) :: y(size(x))
    ncalls = ncalls + 1
    y = 0.5d0 * x
  end function
  function scaled_r(x, a) result(y)
    real(8), intent(in) :: x(3), a
    real(8) :: y(3)
    y = a * x
  end function
  function scaled_i(k, a) result(y)
    integer, intent(in) :: k(3), a
    integer :: y(3)
    y = a * k
  end function
  function ramp(n, lo, step)
    integer, intent(in) :: n
    real(8), intent(in) :: lo, step
    real(8) :: ramp(n)
    integer :: i
    do i = 1, n
      ramp(i) = lo + (i - 1) * step
    end do
  end function
  subroutine show(n, v)
    integer, intent(in) :: n
    real(8), intent(in) :: v(n)
    print *, n, v
  end subroutine
end module
program p
  use afc
  implicit none
  real(8) :: w(4), z(3)
  integer :: it, k(3)
  w = [8d0, -4d0, 2d0, 1d0]
  it = 0
  do while (maxval(abs(halve(w))) > 0.5d0)
    w = halve(w)
    it = it + 1
  end do
  print *, it, w, ncalls
  if (w(1) > 100d0) then
    print *, 'no'
  else if (sum(halve(w)) > 0.1d0) then
    print *, 'yes', sum(halve(w))
  end if
  print *, ncalls
  where (halve(w) > 0.1d0)
    w = w + halve(w)
  elsewhere
    w = -1
  end where
  print *, w
  ncalls = 0
  call show(4, halve(w))
  print *, ncalls
  z = [1d0, 2d0, 3d0]
  k = [1, 2, 3]
  z = scaled(z, 2d0) + scaled(z, 1d0)
  k = scaled(k, 3)
  print *, z, k
  print *, ramp(step=0.5d0, lo=1d0, n=3)
  call show(3, ramp(3, 0d0, 1d0))
end program
