! stad: --head 'streams(x, c, f)/(x, c)'
! The adjoint of a gather stencil is a scatter (iteration i adds into xb(i-2) ... xb(i+2)):
! ad/scatter.c turns a backward loop's increments at several subscripts of one adjoint array into
! one stream per subscript, in innermost loops of constant bounds and unit step. Here: offsets
! -2..+2 reaching both ends of the arrays, a descending loop, one iteration, no iteration, a step
! of 2 and a bound read from a variable (left as they are), a recurrence (the adjoint reads what
! it increments: left), increments under an IF (left), a subscript the loop computes (left), too
! little arithmetic per stream (left),
! indirect subscripts with a repeated index, a 2-D stencil whose inner loop runs over the second
! subscript, and the loop variable read after the loop.
module stream_sizes
  implicit none
  integer, parameter :: nx = 9
  integer, parameter :: ny = 5
end module stream_sizes

! fourth-order face values and a product of neighbours: xb(i-2) ... xb(i+2) in one iteration
subroutine gather_1d(x, c, y)
  use stream_sizes
  implicit none
  real(8), intent(in) :: x(nx), c
  real(8), intent(inout) :: y(nx)
  integer :: i
  do i = 3, nx - 2
    y(i) = y(i) + c * (7.0d0 * (x(i) + x(i-1)) - (x(i+1) + x(i-2))) / 12.0d0 * x(i+2) &
         + sin(x(i)) * x(i-1) * x(i+1)
  end do
  ! descending, the ends of the array
  do i = nx, 2, -1
    y(i-1) = y(i-1) + x(i) * x(i-1) * c
  end do
  ! one iteration, and none
  do i = 4, 4
    y(i) = y(i) + x(i+1) * x(i-1) * x(i+2) * (1.0d0 + 0.1d0 * cos(x(i+1) - x(i-1)))
  end do
  do i = 5, 4
    y(i) = y(i) + x(i+1) * x(i-1)
  end do
end subroutine gather_1d

! what the pass leaves as it is
subroutine left_alone(n, x, y, z)
  use stream_sizes
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(nx)
  real(8), intent(inout) :: y(nx), z(nx)
  integer :: i, k
  do i = 2, nx - 1, 2
    y(i) = y(i) + x(i+1) * x(i-1)
  end do
  do i = 2, n - 1
    y(i) = y(i) + x(i+1) * x(i-1) * 0.5d0
  end do
  ! z(i) reads z(i-1): zb(i) is read where zb(i-1) is incremented
  do i = 2, nx
    z(i) = z(i) + z(i-1) * x(i) * 0.3d0
  end do
  do i = 2, nx - 1
    if (x(i) > 0.0d0) then
      y(i) = y(i) + x(i+1) * x(i-1)
    end if
  end do
  ! a scatter with little arithmetic: streams would cost more than they save
  do i = 2, nx - 1
    y(i) = y(i) + x(i+1) - 0.5d0 * x(i-1)
  end do
  do i = 2, nx - 1
    k = i + 1
    y(i) = y(i) + x(k) * x(i-1) * x(i)
  end do
end subroutine left_alone

! indirect subscripts (two cells share an index) and the loop variable after the loop
subroutine indirect(x, y, last)
  use stream_sizes
  implicit none
  real(8), intent(in) :: x(nx)
  real(8), intent(inout) :: y(nx)
  integer, intent(out) :: last
  integer :: idx(nx), i
  do i = 1, nx
    idx(i) = mod(3 * i, nx - 2) + 1
  end do
  do i = 1, nx - 1
    y(i) = y(i) + x(idx(i)) * x(idx(i+1)) * x(i) + 0.1d0 * sin(x(idx(i)) * x(i)) * cos(x(idx(i+1)))
  end do
  last = i
end subroutine indirect

! a 2-D stencil: the inner loop runs over j, the increments differ in both subscripts
subroutine gather_2d(x, c, y)
  use stream_sizes
  implicit none
  real(8), intent(in) :: x(nx), c
  real(8), intent(inout) :: y(nx)
  real(8) :: a(0:nx+1, 0:ny+1), g(nx, ny)
  integer :: i, j
  do j = 0, ny + 1
    do i = 0, nx + 1
      a(i, j) = x(mod(i + 2 * j + nx, nx) + 1) * (1.0d0 + 0.1d0 * j)
    end do
  end do
  do i = 1, nx
    do j = 1, ny
      g(i, j) = a(i+1, j) * a(i-1, j) * (1.0d0 + 0.1d0 * sin(a(i, j))) + a(i, j+1)**2 &
              - c * a(i, j-1) * a(i+1, j+1) + 0.2d0 * cos(a(i-1, j) * a(i, j+1) - a(i, j-1))
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      y(i) = y(i) + g(i, j) * g(i, ny + 1 - j) * 0.01d0
    end do
  end do
end subroutine gather_2d

subroutine streams(x, c, f)
  use stream_sizes
  implicit none
  real(8), intent(in) :: x(nx), c
  real(8), intent(out) :: f
  real(8) :: y(nx), z(nx), w(nx)
  integer :: i, it, last
  do i = 1, nx
    y(i) = 0.0d0
    z(i) = x(i)
    w(i) = x(i)
  end do
  do it = 1, 2
    call gather_1d(w, c, y)
    call left_alone(nx, w, y, z)
    call indirect(w, y, last)
    call gather_2d(w, c, y)
    do i = 1, nx
      w(i) = 0.5d0 * w(i) + 0.1d0 * tanh(y(i)) + 0.01d0 * z(i) * last
    end do
  end do
  f = 0.0d0
  do i = 1, nx
    f = f + w(i)**2 + y(i) * z(i)
  end do
end subroutine streams
