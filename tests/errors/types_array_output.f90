! An array of structures in an output list: Fortran writes it element by element (each element's
! components in order); stad's leaves, written as arrays, would come component by component, so
! it is refused with the DO loop to write instead. One component, or one element, is written.
program types_array_output
  implicit none
  type pt
    integer :: a
    real(8) :: b(2)
  end type pt
  type one
    real(8) :: v
  end type one
  type(pt) :: q(3)
  type(one) :: w(2)
  integer :: i
  do i = 1, 3
    q(i) = pt(i, [0.5d0 * i, 1.5d0 * i])
  end do
  w(1)%v = 1
  w(2)%v = 2
  print *, q
  write (*, *) 'q', q(1:2)
  print *, w, q(2)
  do i = 1, 3
    print *, q(i)
  end do
end program types_array_output
