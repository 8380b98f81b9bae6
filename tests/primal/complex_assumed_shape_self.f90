! An assumed-shape COMPLEX dummy assigned from itself, an OPTIONAL argument, formatted output.
module wave
  implicit none
  integer, parameter :: dp = kind(1d0)
  complex(dp), parameter :: ci = (0d0, 1d0)
contains
  subroutine advance(u, k, dt, damp)
    complex(dp), intent(inout) :: u(:)
    real(dp), intent(in) :: k(:), dt
    real(dp), intent(in), optional :: damp
    u = exp(-ci * k * dt) * u
    if (present(damp)) u = u * (1 - damp * dt)
  end subroutine
end module
subroutine run(a0, e)
  use wave
  implicit none
  real(dp), intent(in) :: a0(16)
  real(dp), intent(out) :: e
  complex(dp) :: u(16)
  real(dp) :: k(16)
  integer :: n
  do n = 1, 16
    k(n) = 0.3_dp * n
    u(n) = cmplx(a0(n), 0.1_dp * a0(n), kind=dp)
  end do
  do n = 1, 50
    if (mod(n, 10) == 0) then
      call advance(u, k, 0.01_dp, damp=0.5_dp)
      write (*, '(a, i4, es14.6)') 'step', n, sum(abs(u)**2)
    else
      call advance(u, k, 0.01_dp)
    end if
  end do
  e = sum(abs(u)**2) + real(sum(u * conjg(u(16:1:-1))))
end subroutine
program p7main
  use wave
  implicit none
  real(dp) :: a0(16), e
  integer :: i
  do i = 1, 16
    a0(i) = sin(0.7_dp * i)
  end do
  call run(a0, e)
  print *, e
end program
