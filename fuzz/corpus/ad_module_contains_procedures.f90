! stad: --head 'model(out)/(p)'
! Module procedures (CONTAINS) sharing module variables and a module PARAMETER; the head
! lives outside the module and uses it.
module physics
  implicit none
  integer, parameter :: m = 3
  real(8), parameter :: dt = 0.1d0
  real(8) :: field(m), rate
contains
  subroutine init(p)
    real(8), intent(in) :: p(m)
    integer :: i
    do i = 1, m
      field(i) = p(i)
    end do
    rate = p(1) * p(m)
  end subroutine init
  subroutine advance()
    integer :: i
    do i = 1, m
      field(i) = field(i) + dt * rate * field(i) * (1.0d0 - field(i))
    end do
    rate = rate * 0.9d0
  end subroutine advance
  real(8) function sumsq()
    integer :: i
    sumsq = 0
    do i = 1, m
      sumsq = sumsq + field(i)**2
    end do
  end function sumsq
end module physics

subroutine model(p, out)
  use physics
  implicit none
  real(8), intent(in) :: p(m)
  real(8), intent(out) :: out
  integer :: k
  call init(p)
  do k = 1, 4
    call advance()
  end do
  out = sumsq() + rate
end subroutine model
