! stad: --head 'h(y)/(x)'
! Found by tests/gen (seed 1300122, stad main 6bf938f): a variant of whole_array_self_reference.f90.
! A function referenced in a whole-array assignment reads the array being assigned through its
! module: stad calls it once per element inside the loop it makes of the assignment, so later
! elements see the earlier ones already assigned; Fortran evaluates the right-hand side (and the
! reference) before assigning. Wrong primal, hence wrong derivatives:
!     gfortran: 7 8 9        stad (--mode primal): 7 14 27
! Run: gfortran whole_array_function_reads_lhs.f90 && ./a.out
!      stad diff whole_array_function_reads_lhs.f90 --mode primal -o w.c && cc w.c -lm && ./a.out
module m
  implicit none
  real(8) :: g(3)
contains
  real(8) function fsum()
    fsum = g(1) + g(2) + g(3)
  end function fsum
end module m

subroutine h(x, y)
  use m
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  g = x
  g = g + fsum()
  y = g
end subroutine h

program p
  real(8) :: x(3), y(3)
  x(1) = 1
  x(2) = 2
  x(3) = 3
  call h(x, y)
  print *, y(1), y(2), y(3)
end program p
