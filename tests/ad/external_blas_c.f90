! stad: --head 'cost(f)/(x, s)' --set n=6 --lib external/blas.lib --link external/blas.c
! Reference BLAS routines whose source stad does not have (daxpy, and the FUNCTION ddot),
! described by a --lib file, with hand-written tangents and adjoints in C (external/blas.c).
! daxpy updates in place, is called on whole arrays, on every other element (an element actual
! and an increment) and with an expression actual; ddot takes the columns of a matrix. The
! calls sit in a routine whose own call sites are toggled. The adjoint daxpy_b leaves y changed
! (the convention allows it), while the adjoint of t = y(1)*y(n) still reads y: stad saves it
! around daxpy_b.
subroutine smooth(n, a, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: a, x(n)
  real(8), intent(inout) :: y(n)
  real(8) :: t
  integer :: i
  t = y(1) * y(n)
  call daxpy(n, a, x, 1, y, 1)
  call daxpy(n / 2, 0.5d0 * a, x(2), 2, y, 1)
  do i = 1, n
    y(i) = sin(y(i)) + t
  end do
end subroutine smooth

subroutine cost(n, x, s, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), s
  real(8), intent(out) :: f
  real(8) :: y(n), m(n, 2)
  double precision :: ddot
  external ddot
  integer :: i, k
  do i = 1, n
    y(i) = x(i) * x(i)
  end do
  do k = 1, 2
    call smooth(n, s, x, y)
    do i = 1, n
      m(i, k) = y(i) * k
    end do
  end do
  f = ddot(n, y, 1, x, 1) + ddot(n, m(1, 2), 1, m(1, 1), 1)
end subroutine cost
