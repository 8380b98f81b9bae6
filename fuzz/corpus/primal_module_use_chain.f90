! Modules using modules: constants in one module, state in a second that USEs the first,
! procedures in a third that USEs the second (and sees the first through it); module
! PARAMETERs as array bounds and in expressions, a module procedure calling another module's
! procedure.
module module_use_chain_consts
  implicit none
  integer, parameter :: nx = 4, ny = 3
  real(8), parameter :: dx = 0.25d0, half = 0.5d0
  integer, parameter :: ncell = nx * ny
end module module_use_chain_consts

module module_use_chain_state
  use module_use_chain_consts
  implicit none
  real(8) :: u(0:nx + 1, ny)
  real(8) :: flux(nx, ny)
contains
  subroutine set_u(t)
    real(8), intent(in) :: t
    integer :: i, j
    do j = 1, ny
      do i = 0, nx + 1
        u(i, j) = sin(dx * i + t * j)
      end do
    end do
  end subroutine set_u
end module module_use_chain_state

module module_use_chain_ops
  use module_use_chain_state
  implicit none
contains
  subroutine compute_flux()
    integer :: i, j
    do j = 1, ny
      do i = 1, nx
        flux(i, j) = half * (u(i + 1, j) - u(i - 1, j)) / dx
      end do
    end do
  end subroutine compute_flux

  real(8) function flux_mean()
    integer :: i, j
    call compute_flux()
    flux_mean = 0.0d0
    do j = 1, ny
      do i = 1, nx
        flux_mean = flux_mean + flux(i, j)
      end do
    end do
    flux_mean = flux_mean / ncell
  end function flux_mean
end module module_use_chain_ops

program module_use_chain
  use module_use_chain_ops
  implicit none
  call set_u(0.3d0)
  print *, flux_mean()
  print *, flux(1, 1), flux(nx, ny), u(0, 1), u(nx + 1, ny)
  call set_u(-0.4d0)
  print *, flux_mean(), ncell, dx * nx
end program module_use_chain
