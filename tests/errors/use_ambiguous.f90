! A name two USEd modules both give, referenced: ambiguous (gfortran: "ambiguous reference"),
! refused once per unit at its first reference (stad took the first module's). Legal and
! accepted: the same entity through two modules (w), a name renamed away (use_amb_b, only: vb
! => v), a name never referenced (g in user_var), an internal procedure's own USE hiding its
! host's (inner).
module use_amb_c
  type pair
    real(8) :: x, y
  end type pair
  real(8) :: w = 5d0
end module use_amb_c

module use_amb_a
  use use_amb_c
  real(8) :: v = 2d0
  type(pair) :: p
contains
  real(8) function f(x)
    real(8), intent(in) :: x
    f = x * v
  end function f
  subroutine g(x)
    real(8), intent(inout) :: x
    x = x + v
  end subroutine g
end module use_amb_a

module use_amb_b
  use use_amb_c
  real(8), parameter :: v = 3d0
  type(pair) :: p
contains
  real(8) function f(x)
    real(8), intent(in) :: x
    f = x + 1
  end function f
  subroutine g(x)
    real(8), intent(inout) :: x
    x = x - v
  end subroutine g
end module use_amb_b

subroutine user_var(x, s)
  use use_amb_a
  use use_amb_b
  real(8), intent(in) :: x
  real(8), intent(out) :: s
  s = x * v + w
  s = s + v
end subroutine user_var

subroutine user_proc(x, s)
  use use_amb_a
  use use_amb_b
  real(8), intent(in) :: x
  real(8), intent(out) :: s
  s = f(x) + w
  call g(s)
  s = s * p%x + p%y
end subroutine user_proc

subroutine user_fine(x, s)
  use use_amb_a
  use use_amb_b, only: vb => v
  real(8), intent(in) :: x
  real(8), intent(out) :: s
  s = x * v * vb + w
contains
  subroutine inner(y)
    use use_amb_b
    real(8), intent(inout) :: y
    y = y + v
  end subroutine inner
end subroutine user_fine

module use_amb_user
  use use_amb_a
  use use_amb_b
contains
  subroutine in_module(s)
    real(8), intent(inout) :: s
    s = s + v
  end subroutine in_module
end module use_amb_user
