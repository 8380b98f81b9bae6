! stad: --head 'h(f)/(b)'
! Found by tests/gen (seed 18 of the first runs): a DIMENSION attribute with two constant
! extents is refused as a COMPLEX constant.
!     stad diff dimension_attr_complex.f90 --head 'h(f)/(b)' -o h.c
!     dimension_attr_complex.f90:9:21: error: COMPLEX is not supported
! gfortran accepts it; so does stad with `b(2,3)`, `dimension(2)` or `dimension(2, n)`, and the
! DIMENSION statement. Any type spelling (integer, real, real(8), real*8, double precision).
subroutine h(b, f)
  real(8), dimension(2,3) :: b
  real(8), intent(out) :: f
  f = b(1,1)**2
end subroutine h
