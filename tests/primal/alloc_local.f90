! ALLOCATABLE local arrays: ALLOCATE with default and explicit lower bounds, rank 1 and 2,
! ALLOCATED, SIZE/LBOUND/UBOUND, array syntax and loops over them, DEALLOCATE and a new
! allocation with other bounds, allocation inside a loop, implicit deallocation on return, a
! whole-array assignment whose only array is the allocatable itself (no reallocation possible).
subroutine work(nn)
  integer, intent(in) :: nn
  real, allocatable :: w(:)
  integer :: t
  do t = 1, 3
    allocate(w(nn + t))
    w = real(t)
    print *, size(w), sum(w)
    deallocate(w)
  end do
  allocate(w(2))
  w = 7
  print *, w
end subroutine

program alloc_local
  implicit none
  integer :: n, m, i, j
  real(8), allocatable :: a(:), b(:,:)
  integer, allocatable :: k(:)
  n = 5
  m = 3
  print *, allocated(a)
  allocate(a(n), b(0:n, m))
  print *, allocated(a), size(a), size(b), lbound(b, 1), ubound(b, 1), size(b, 2)
  do i = 1, n
    a(i) = i * 0.5d0
  end do
  do j = 1, m
    do i = 0, n
      b(i, j) = i + 10 * j
    end do
  end do
  b(1:n, 2) = b(1:n, 2) + a
  print *, sum(a), sum(b), maxval(b(:, 2))
  a = 2 * a + abs(a)
  print *, a
  deallocate(a)
  print *, allocated(a)
  allocate(a(-2:2))
  a = 1.5d0
  a(0) = 3
  print *, lbound(a), ubound(a), sum(a)
  a(-1:1) = a(-2:0) + a(0:2)
  print *, a
  allocate(k(3))
  k(:) = [1, 2, 3]
  print *, k, sum(k)
  call work(4)
  deallocate(a, b)
  print *, allocated(a), allocated(b), allocated(k)
end program
