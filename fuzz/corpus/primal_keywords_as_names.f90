! Fortran has no reserved words: variables named result, data, len, kind, intent, in, out,
! value, size (an intrinsic outside the subset) and then, dummy arguments named data, len,
! value, in, out and result, and a function whose RESULT variable is called `result`.
module keywords_as_names_m
  implicit none
contains
  function scaled(data, len) result(result)
    integer, intent(in) :: len
    real(8), intent(in) :: data(len)
    real(8) :: result
    integer :: kind
    result = 0.0d0
    do kind = 1, len
      result = result + data(kind) * kind
    end do
  end function scaled

  subroutine split(value, in, out, result)
    real(8), intent(in) :: value
    integer, intent(out) :: in
    real(8), intent(out) :: out, result
    in = int(value)
    out = value - in
    result = in * out
  end subroutine split
end module keywords_as_names_m

program keywords_as_names
  use keywords_as_names_m
  implicit none
  real(8) :: data(4), result, out, value, then
  integer :: len, kind, in, intent, size, do_count, end_value

  len = 4
  do kind = 1, len
    data(kind) = 0.5d0 * kind + 0.125d0
  end do
  result = scaled(data, len)
  print *, result

  value = 7.375d0
  call split(value, in, out, result)
  print *, in, out, result

  intent = 3
  size = intent * len
  then = size / 8.0d0
  do_count = 0
  end_value = 0
  do kind = intent, size, intent
    do_count = do_count + 1
    end_value = kind
  end do
  print *, intent, size, then, do_count, end_value
end program keywords_as_names
