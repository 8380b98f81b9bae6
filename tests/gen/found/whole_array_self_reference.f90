! stad: --head 'h(y)/(x)'
! Found by tests/gen (seed 23 of the first runs): a whole-array assignment whose right-hand side
! reads an element of the array assigned. Fortran evaluates the whole right-hand side before any
! element is assigned, so y = y + y(1) adds the old y(1) to every element; stad's loop reads y(1)
! after assigning it. The primal is wrong (and so are the derivatives):
!     gfortran: 2 3 4        stad (--mode primal): 2 4 5
! Run: gfortran whole_array_self_reference.f90 && ./a.out
!      stad diff whole_array_self_reference.f90 --mode primal -o w.c && cc w.c -lm && ./a.out
subroutine h(x, y)
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y = x
  y = y + y(1)
end subroutine h

program p
  real(8) :: x(3), y(3)
  x(1) = 1
  x(2) = 2
  x(3) = 3
  call h(x, y)
  print *, y(1), y(2), y(3)
end program p
