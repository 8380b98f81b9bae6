! RESHAPE(constructor, [extents]) as the initial value of a rank-2 and a rank-3 array: a module
! PARAMETER, a module variable, a SAVE'd local (was "RESHAPE is supported only in executable
! statements", although the language section gives rank-2 arrays their values through RESHAPE;
! s17 trial A). The values go in array element order. Such a RESHAPE or a constructor inside
! elementwise arithmetic with constants (s19 trial C F3), folded the way Fortran evaluates it
! (integer division before the conversion to REAL).
! output: exact
module rs_init
  implicit none
  real(8), parameter :: p(2, 3) = reshape([1d0, 2d0, 3d0, 4d0, 5d0, 6d0], [2, 3])
  real(8) :: a(2, 2) = reshape([1.5d0, -2d0, 0.25d0, 4d0], [2, 2])
  integer, parameter :: k(2, 2, 2) = reshape([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2])
  real(8), parameter :: w(2, 2) = reshape([1d0, 2d0, 3d0, 4d0], [2, 2]) / 4d0
  real(8), parameter :: w6(3, 3) = reshape([1, 2, 1, 2, 4, 2, 1, 2, 1] / 16d0, [3, 3])
  real(8), parameter :: z(2, 2) = 1 - 2 * reshape([1d0, 2d0, 3d0, 4d0], [2, 2])**2 / 4d0
  real(8), parameter :: v(4) = -[7, 8, 9, 10] / 4 + [1d0, 2d0, 3d0, 4d0] * 0.5d0
end module rs_init
program reshape_initial_value
  use rs_init
  implicit none
  real(8) :: b(0:1, 2) = reshape([0.5d0, 0d0, 0d0, 0.5d0], [2, 2])
  real(8) :: x(3) = [1d0, -1d0, 2d0]
  print '(3f9.4)', p(2, 1), p(1, 3), p(2, 3)
  print '(2f9.4)', matmul(p, x)
  print '(3f9.4)', a(1, 2), a(2, 1), sum(a)
  print '(3i4)', k(2, 1, 1), k(1, 2, 2), k(2, 2, 2)
  print '(3f9.4)', b(0, 1), b(1, 2), sum(matmul(b, a))
  print '(4f9.4)', w, z
  print '(3f9.4)', w6(2, 2), w6(3, 1), sum(w6)
  print '(4f9.4)', v
end program reshape_initial_value
