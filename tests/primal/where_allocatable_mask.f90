! WHERE masks that read the ALLOCATABLE arrays the construct assigns: each such mask is stored
! first into a LOGICAL ALLOCATABLE temporary (its shape is the allocation's, unknown on entry),
! WHERE's before any assignment, an ELSEWHERE's after the assignments before it; a component of
! a structure, a section, rank 2, and a reallocation between two uses.
program where_allocatable_mask
  implicit none
  type box
    real(8), allocatable :: u(:)
  end type box
  type(box) :: b
  real(8), allocatable :: w(:), q(:, :)
  integer :: i, j, n
  n = 7
  allocate(w(0:n - 1), q(3, 4))
  do i = 0, n - 1
    w(i) = (-1)**i * 0.4d0 * i - 0.3d0
  end do
  do j = 1, 4
    do i = 1, 3
      q(i, j) = sin(1.0d0 * i * j) - 0.2d0
    end do
  end do
  where (w > 0)
    w = sqrt(w) - 1.0d0
  elsewhere (w < -0.5d0 .and. w(n - 1) > -10)
    w = w + 1.0d0
  elsewhere
    w = w**2
  end where
  print '(7f10.5)', w
  where (w(1:5) < sum(w)) w(1:5) = w(1:5) * 2
  print '(7f10.5)', w
  where (q > 0) q = q - maxval(q)
  print '(4f10.5)', q
  b%u = w(1:4)
  where (b%u > 0.1d0) b%u = -b%u
  print '(4f10.5)', b%u
  deallocate(w)
  allocate(w(3))
  w = [0.5d0, -0.5d0, 1.5d0]
  where (w > 0) w = w - 1
  print '(3f10.5)', w
end program where_allocatable_mask
