! stad: --head 'dispatch(y)/(x)' --set n=6
! SELECT CASE inside loops, with call sites in its branches, and in a callee that is itself
! called in a branch of another SELECT CASE; a logical selector; EXIT and CYCLE in cases.
subroutine kernel(k, a, b)
  implicit none
  integer, intent(in) :: k
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  select case (k)
  case (:0)
    b = b + a
  case (1, 3)
    b = b * a
  case (2, 4:6)
    call twist(a, b)
  case default
    b = b - a * a
  end select
end subroutine kernel

subroutine twist(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = sin(b) + a * b
end subroutine twist

subroutine dispatch(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, j
  y = 0.5d0
  do i = 1, n
    select case (mod(i, 3))
    case (0)
      call kernel(i, x(i), y)
    case (1)
      do j = 1, 3
        call kernel(j - 1, x(j), y)
      end do
    case default
      call twist(x(i), y)
    end select
  end do
  do i = 1, 2 * n
    select case (i > n)
    case (.true.)
      select case (i)
      case (11:)
        exit
      case default
        y = y + x(i - n) * 0.1d0
      end select
    case (.false.)
      if (mod(i, 2) == 0) cycle
      y = y * x(i)
    end select
  end do
end subroutine dispatch
