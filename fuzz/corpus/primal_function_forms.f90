! The ways to write a FUNCTION: a typed prefix (real(8) function, integer function, logical
! function, double precision function), a RESULT clause with the result declared inside, a
! result named like the function assigned several times, an untyped function with its type
! declared in the body, and external functions declared in the caller with a type (EXTERNAL).
module function_forms_m
  implicit none
contains
  real(8) function prefixed(x)
    real(8), intent(in) :: x
    prefixed = x + 1.0d0
    prefixed = prefixed * prefixed
  end function prefixed

  function with_result(x, n) result(r)
    real(8), intent(in) :: x
    integer, intent(in) :: n
    real(8) :: r
    integer :: i
    r = 1.0d0
    do i = 1, n
      r = r * x + 1.0d0
    end do
  end function with_result

  integer function count_digits(k)
    integer, intent(in) :: k
    integer :: m
    count_digits = 1
    m = abs(k)
    do while (m >= 10)
      m = m / 10
      count_digits = count_digits + 1
    end do
  end function count_digits

  logical function is_even(k)
    integer, intent(in) :: k
    is_even = mod(k, 2) == 0
  end function is_even

  function body_typed(x)
    real(8) :: body_typed
    real(8), intent(in) :: x
    body_typed = 3.0d0 * x
  end function body_typed
end module function_forms_m

double precision function ext_dp(x)
  implicit none
  double precision, intent(in) :: x
  ext_dp = x / 4.0d0
end function ext_dp

function ext_res(n) result(val)
  implicit none
  integer, intent(in) :: n
  integer :: val
  val = n * (n + 1) / 2
end function ext_res

program function_forms
  use function_forms_m
  implicit none
  double precision :: ext_dp
  external ext_dp
  integer, external :: ext_res
  real(8) :: x

  x = 0.5d0
  print *, prefixed(x), with_result(x, 4), with_result(x, 0), body_typed(x)
  print *, count_digits(7), count_digits(-12345), count_digits(1000000)
  print *, is_even(4), is_even(-3), is_even(count_digits(10))
  print *, ext_dp(x), ext_dp(prefixed(x)), ext_res(10), ext_res(ext_res(3))
end program function_forms
