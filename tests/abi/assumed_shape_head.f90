! stad: --head 'ascost(f)/(x w)'
! A head with assumed-shape dummies through --fortran-abi: the interface declares each as
! explicit-shape with its extent after its derivative (x(x_size1), the C convention), so a gfortran
! caller passes size(x); a non-contiguous section is copied in by gfortran, as for any
! explicit-shape dummy. A rank-2 dummy with a lower bound too, and a module variable the caller
! sets.
module asmod
  implicit none
  real(8) :: scale = 1d0
contains
  subroutine ascost(x, w, f)
    real(8), intent(in) :: x(:)
    real(8), intent(in) :: w(0:, :)
    real(8), intent(out) :: f
    integer :: i, j
    f = scale * sum(x**2) + x(1) * x(size(x))
    do j = 1, size(w, 2)
      do i = 0, ubound(w, 1)
        f = f + w(i, j) * x(1 + mod(i + j, size(x)))**3
      end do
    end do
  end subroutine ascost
end module asmod
