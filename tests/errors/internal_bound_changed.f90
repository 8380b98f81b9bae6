! The host fixed the shape of its arrays on entry: a variable giving the bounds of a host array
! an internal procedure uses may not change, neither in the internal procedure nor in the host
! (a call with it as an actual of a dummy without INTENT(IN) counts), and such a bound may not
! read a module variable (one error per internal procedure, however many such bounds).
module sizes
  integer :: nm = 3, nm2 = 2
end module sizes

subroutine setn(k)
  integer :: k
  k = 2
end subroutine setn

subroutine f(n, x, y)
  integer :: n
  real(8) :: x(n), y
  call shrink()
  y = sum(x)
contains
  subroutine shrink()
    n = n - 1
    x(1) = 2 * x(1)
  end subroutine shrink
end subroutine f

subroutine g(n, x, y)
  integer :: n
  real(8) :: x(n), y
  n = n - 1
  call setn(n)
  call double()
  y = sum(x)
contains
  subroutine double()
    x = 2 * x
  end subroutine double
end subroutine g

subroutine h(y)
  use sizes
  real(8) :: y, w(nm), v(nm, nm2)
  w = y
  v = y
  call total()
contains
  ! two arrays, three bounds reading module variables: one error for the procedure (s17 trial A
  ! had four at one place)
  subroutine total()
    y = sum(w) + sum(v)
  end subroutine total
end subroutine h
