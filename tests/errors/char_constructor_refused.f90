! CHARACTER array constructors stad does not take, each one located error: values of different
! lengths without a type-spec (gfortran refuses them too), an implied DO of strings, a numeric
! value, a constructor in an expression (not assigned), and one that reads the array assigned.
subroutine char_cons(k)
  implicit none
  integer, intent(inout) :: k
  character(len=5), parameter :: uneven(2) = ['alpha', 'beta']
  character(len=4) :: a(3), b(2)
  integer :: i
  a = [('ab', i = 1, 3)]
  b = ['ab', 1]
  if (any(b == ['ab', 'cd'])) k = k + 1
  b = [b(2), b(1)]
  k = k + len(uneven(1))
end subroutine char_cons
