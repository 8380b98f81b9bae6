! Explicit-shape arrays with lower bounds other than 1: q(-2:5, 0:3) filled and read back,
! a halo-style array q(1-olx:nx+olx, 0:ny) whose bounds come from arguments, and a dummy that
! declares the same actual array with different (shifted) bounds.
program array_lower_bounds
  implicit none
  integer, parameter :: nx = 4, ny = 3, olx = 2
  real(8) :: q(-2:5, 0:3), h(1 - olx:nx + olx, 0:ny)
  integer :: i, j
  real(8) :: s

  do j = 0, 3
    do i = -2, 5
      q(i, j) = 10.0d0 * i + j + 0.5d0
    end do
  end do
  print *, q(-2, 0), q(5, 3), q(0, 1), q(-1, 2)

  call fill_halo(nx, ny, olx, h)
  s = 0.0d0
  do j = 0, ny
    do i = 1 - olx, nx + olx
      s = s + h(i, j)
    end do
  end do
  print *, s, h(-1, 0), h(6, 3), h(1, 1)

  call shifted(q, s)
  print *, s
end program array_lower_bounds

subroutine fill_halo(nx, ny, olx, h)
  implicit none
  integer, intent(in) :: nx, ny, olx
  real(8), intent(out) :: h(1 - olx:nx + olx, 0:ny)
  integer :: i, j
  do j = 0, ny
    do i = 1 - olx, nx + olx
      h(i, j) = 0.25d0 * i * i - 0.5d0 * j
    end do
  end do
end subroutine fill_halo

! The same 8x4 block seen with bounds (1:8, 1:4): element (i, j) here is q(i-3, j-1).
subroutine shifted(p, s)
  implicit none
  real(8), intent(in) :: p(8, 4)
  real(8), intent(out) :: s
  s = p(1, 1) + 2.0d0 * p(8, 4) - p(3, 2)
end subroutine shifted
