! COMPLEX arrays: module variables, explicit-shape dummies (an element and a section as
! actuals, a complex expression as an actual), array syntax reading the array it assigns
! (overlapping sections), rank-2 arrays, SUM and DOT_PRODUCT (which conjugates its first
! argument) of sections, the part designators z%re / z%im, DOUBLE COMPLEX, COMPLEX
! components of a derived type, and comparisons in IF.
module waves
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  integer, parameter :: n = 6
  complex(dp) :: field(n)
  complex(kind=dp) :: phase
  type state
    real(dp) :: t
    complex(dp) :: amp(3)
  end type state
contains
  subroutine rotate(u, m, k)
    integer, intent(in) :: m
    complex(dp), intent(inout) :: u(m)
    complex(dp), intent(in) :: k
    u = u * exp(k)
    u(2:m) = u(1:m-1) + u(2:m) / 2
  end subroutine rotate
  subroutine scale(z, a)
    complex(dp), intent(inout) :: z
    real(dp), intent(in) :: a
    z = a * z
  end subroutine scale
end module waves

program t2
  use waves
  implicit none
  double complex :: c
  complex(8) :: v(2, 3)
  type(state) :: st
  integer :: i, j
  do i = 1, n
    field(i) = cmplx(0.1d0 * i, 1.0d0 / i, kind=dp)
  end do
  phase = (0.0d0, 0.25d0)
  call rotate(field, n, phase)
  print *, real(field), aimag(field)
  call scale(field(3), 2.0d0)
  call rotate(field(2:5), 4, phase * 2 + 1)
  print *, real(field), aimag(field)
  c = sum(field(2:6:2)) + dot_product(field(1:3), field(4:6))
  print *, c
  field%im = 0.5d0 * field%re
  field(1)%re = -3d0
  print *, field(1), field(n)
  do j = 1, 3
    do i = 1, 2
      v(i, j) = cmplx(i, j, 8)
    end do
  end do
  v(:, 2) = conjg(v(:, 3)) * v(:, 1)
  print *, sum(v), abs(v(2, 2))
  st%t = 1.5d0
  st%amp = (1d0, 1d0)
  st%amp(2) = st%amp(1) * (0d0, 1d0) * st%t
  print *, st%amp(2), sum(st%amp)
  if (st%amp(1) == (1d0, 1d0)) print *, 'eq'
  if (abs(st%amp(2)) > 1d0 .and. st%amp(3) /= st%amp(2)) print *, 'ne'
end program t2
