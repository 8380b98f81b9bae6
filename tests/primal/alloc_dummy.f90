! ALLOCATABLE dummy arguments: a callee that allocates the caller's array (deallocating it
! first when allocated, other bounds each time), an INTENT(OUT) one deallocated on entry and
! allocated again, one that reads it (allocated or not), a function that reads it, and a
! dummy passed on to another ALLOCATABLE dummy.
module m
  implicit none
contains
  subroutine grow(a, n, x)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: n
    real(8), intent(in) :: x
    integer :: i
    if (allocated(a)) deallocate(a)
    allocate(a(0:n))
    do i = 0, n
      a(i) = x * i
    end do
  end subroutine
  subroutine fresh(b, n, x)
    real(8), allocatable, intent(out) :: b(:, :)
    integer, intent(in) :: n
    real(8), intent(in) :: x
    if (allocated(b)) stop 1
    allocate(b(n, -1:0))
    b = x
    b(1, -1) = sin(x)
  end subroutine
  subroutine use(a, s)
    real(8), allocatable, intent(in) :: a(:)
    real(8), intent(out) :: s
    s = -1
    if (allocated(a)) s = sum(a * a) + size(a) + lbound(a, 1) + ubound(a, 1)
  end subroutine
  real(8) function total(a)
    real(8), allocatable, intent(in) :: a(:)
    total = sum(a)
  end function
  subroutine pass(a, n)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: n
    call grow(a, n, 0.5d0)
    a(n) = a(n) + total(a)
  end subroutine
end module

program p
  use m
  implicit none
  real(8), allocatable :: a(:), b(:, :)
  real(8) :: s
  call use(a, s)
  print *, s, allocated(a)
  call grow(a, 3, 2.0d0)
  call use(a, s)
  print *, s, allocated(a)
  call grow(a, 5, 1.5d0)
  call use(a, s)
  print *, s, total(a)
  call fresh(b, 3, 0.5d0)
  print *, sum(b), size(b), lbound(b, 2)
  call fresh(b, 2, 0.25d0)
  print *, sum(b), size(b), ubound(b, 1)
  call pass(a, 4)
  print *, a
  deallocate(a)
  call use(a, s)
  print *, s
end program
