! stad: --head 'cost(f)/(x)' --set n=5
! ALLOCATABLE locals in differentiated code: a work array allocated and freed in every iteration
! of a loop (other bounds each time), a callee that allocates and frees its own (a call site in
! every checkpoint configuration), and one left to the implicit deallocation on return whose
! values the backward sweep needs.
subroutine smooth(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  real(8), allocatable :: t(:)
  integer :: i
  allocate(t(0:n + 1))
  t(0) = 0
  t(n + 1) = 0
  t(1:n) = x * y
  do i = 1, n
    y(i) = t(i - 1) * 0.25d0 + sin(t(i)) + t(i + 1) * 0.25d0
  end do
  deallocate(t)
end subroutine

subroutine cost(n, x, f)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:), keep(:, :)
  real(8) :: y(n)
  integer :: k, i
  allocate(keep(2, n))
  y = x
  do k = 1, 3
    allocate(w(k:n))
    do i = k, n
      w(i) = y(i) * x(i - k + 1)
    end do
    y(k:n) = y(k:n) + 0.1d0 * w * w
    deallocate(w)
    call smooth(n, x, y)
  end do
  keep(1, :) = y
  keep(2, :) = cos(y)
  f = sum(keep(1, :) * keep(2, :))
end subroutine
