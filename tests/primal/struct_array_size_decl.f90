! SIZE, LBOUND and UBOUND of an assumed-shape array of structures in a declaration's bounds
! (ad/struct_array_size_decl), against gfortran.
module particles
  implicit none
  type vec
    real(8) :: c(3)
  end type
  type part
    type(vec) :: pos
    real(8) :: q
    integer :: id
  end type
contains
  subroutine forces(p, f)
    type(part), intent(in) :: p(:)
    real(8), intent(out) :: f(3, size(p))
    real(8) :: w(lbound(p, 1):ubound(p, 1))
    integer :: i, j
    real(8) :: d(3), r2
    f = 0d0
    do i = 1, size(p)
      w(i) = p(i)%q * p(i)%id
      do j = 1, size(p)
        if (i == j) cycle
        d = p(i)%pos%c - p(j)%pos%c
        r2 = sum(d**2) + 0.5d0
        f(:, i) = f(:, i) + p(i)%q*p(j)%q*d/r2**1.5d0
      end do
    end do
    f(1, :) = f(1, :) + 0.1d0 * w
  end subroutine forces
end module particles

subroutine energy(x0, q, e)
  use particles
  implicit none
  real(8), intent(in) :: x0(3, 4), q(4)
  real(8), intent(out) :: e
  type(part) :: ps(4)
  real(8) :: f(3, 4)
  integer :: i
  do i = 1, 4
    ps(i)%pos%c = x0(:, i)
    ps(i)%q = q(i)
    ps(i)%id = i
  end do
  call forces(ps, f)
  e = sum(f * x0)
end subroutine energy

program struct_array_size_decl
  implicit none
  real(8) :: x0(3, 4), q(4), e
  integer :: i, k
  do i = 1, 4
    do k = 1, 3
      x0(k, i) = sin(1.3d0 * i + 0.7d0 * k)
    end do
    q(i) = 0.5d0 + 0.25d0 * i
  end do
  call energy(x0, q, e)
  print '(es24.16)', e
end program
