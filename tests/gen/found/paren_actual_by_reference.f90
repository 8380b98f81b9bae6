! stad: --head 'h(y)/(x)'
! Found by tests/gen (seed 1300213, stad main 6bf938f; f217df8 too): a parenthesized variable as
! an actual argument, `call sp((r), r)`. `(r)` is an expression: the callee gets its value, and
! writing the other dummy b (associated with r) is legal and must not change a. stad passes the
! variable itself, `sp(&r, &r)`, so a changes when b is written. Wrong primal (and derivatives):
!     gfortran: 6        stad (--mode primal): 2
! Run: gfortran paren_actual_by_reference.f90 && ./a.out
!      stad diff paren_actual_by_reference.f90 --mode primal -o p.c && cc p.c -lm && ./a.out
subroutine sp(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = 1.0d0
  b = b + a
end subroutine sp

subroutine h(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: r
  r = x
  call sp((r), r)
  y = r
end subroutine h

program p
  real(8) :: y
  call h(5.0d0, y)
  print *, y
end program p
