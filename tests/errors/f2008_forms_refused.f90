! F2003-F2018 forms stad refuses, one located error each (trial B F7, F8, F11): a SUBMODULE (no
! error for its body, no bogus PROGRAM), a BOZ constant outside INT, IMPLICIT NONE (EXTERNAL)
! without TYPE, a substring in DATA (errors/f2008_sema_refused: the ones sema finds).
module f08_m
  implicit none
  real(8) :: w = 1d0
end module f08_m

submodule (f08_m) f08_s
contains
  subroutine hidden(x)
    real(8) :: x
    x = 2 * x
  end subroutine hidden
end submodule f08_s

subroutine f08_user(x, k)
  use f08_m
  implicit none
  real(8), intent(inout) :: x(3)
  integer, intent(out) :: k
  character(len=6) :: c
  data c(1:3) /'abc'/
  k = z'1F'
  x = x * w
end subroutine f08_user

subroutine f08_ext(y)
  implicit none (external)
  real(8) :: y
  y = 1
end subroutine f08_ext
