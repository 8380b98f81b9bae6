! stad: --head 'run(cost)/(u0, k)' --set nt=9
! A structure as the state of a time loop checkpointed by revolve (BINOMIAL-CKP: the state
! saved is every leaf a step may write), a CHECKPOINT-START region writing a structure, a
! FUNCTION taking a structure, and a structure dummy with INTENT(OUT) set by a constructor.
module types_wave
  implicit none
  type field
    real(8) :: u(5), v(5)
  end type
  type model
    type(field) :: f
    real(8) :: k
    integer :: steps
  end type
contains
  subroutine init(m, u0, k)
    type(model), intent(out) :: m
    real(8), intent(in) :: u0(5), k
    m%f = field(u0, 0.5d0 * u0)
    m%k = k
    m%steps = 0
  end subroutine
  subroutine step(m)
    type(model), intent(inout) :: m
    type(field) :: old
    integer :: i
    old = m%f
    do i = 2, 4
      m%f%u(i) = old%u(i) + 0.1d0 * old%v(i)
      m%f%v(i) = old%v(i) + 0.1d0 * m%k * (old%u(i - 1) - 2 * old%u(i) + old%u(i + 1))
    end do
    m%steps = m%steps + 1
  end subroutine
  real(8) function energy(f)
    type(field), intent(in) :: f
    energy = 0.5d0 * sum(f%v**2) + 0.5d0 * sum(f%u**2)
  end function
end module

subroutine run(nt, u0, k, cost)
  use types_wave
  implicit none
  integer, intent(in) :: nt
  real(8), intent(in) :: u0(5), k
  real(8), intent(out) :: cost
  type(model) :: m
  integer :: t
  call init(m, u0, k)
!$AD BINOMIAL-CKP nt 3 1
  do t = 1, nt
    call step(m)
  end do
!$AD CHECKPOINT-START
  m%f%u = m%f%u * cos(m%f%v)
  m%f%v(1) = m%f%v(1) + m%k
!$AD CHECKPOINT-END
  cost = energy(m%f) + m%steps * m%k**2
end subroutine
