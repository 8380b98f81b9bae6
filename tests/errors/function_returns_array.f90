! What stays refused of array-valued FUNCTIONs (the others are lowered to subroutines): a
! CHARACTER or COMPLEX array result, a reference in a DO WHILE or an ELSE IF condition whose
! result's shape is not fixed on entry or is ALLOCATABLE (its temporary would be allocated at each
! test), a CALL of one, a result shaped by an array dummy's element.
module m
contains
  function twice(u) result(l)
    real(8), intent(in) :: u(4)
    real(8), allocatable :: l(:)
    allocate(l(4))
    l = 2*u
  end function
  function names(n) result(c)
    integer, intent(in) :: n
    character(len=3) :: c(n)
    c = 'abc'
  end function
  function cplx(n) result(z)
    integer, intent(in) :: n
    complex(8) :: z(n)
    z = (1d0, 2d0)
  end function
  function neg(u) result(v)
    real(8), intent(in) :: u(:)
    real(8) :: v(size(u))
    v = -u
  end function
  function bysize(ns, u) result(v)
    integer, intent(in) :: ns(2)
    real(8), intent(in) :: u(4)
    real(8) :: v(ns(1))
    v = u(1:ns(1))
  end function
end module
subroutine function_returns_array(u0, j)
  use m
  real(8), intent(in) :: u0(4)
  real(8), intent(out) :: j
  real(8) :: w(4)
  integer :: ns(2), k
  w = u0
  k = 3
  do while (sum(neg(w(1:k))) < 0)
    w = w - 1
  end do
  if (j > 0) then
    j = 1
  else if (sum(neg(w(1:k))) > 1) then
    j = 2
  else if (sum(twice(w)) > 1) then
    j = 2
  end if
  call neg(u0, w)
  ns = 4
  w = bysize(ns, u0)
  j = sum(w)
end subroutine function_returns_array
