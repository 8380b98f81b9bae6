! What PRIVATE hides, refused where it is used: a PRIVATE variable and a PRIVATE procedure in
! an ONLY list, a PRIVATE variable read under IMPLICIT NONE, a PRIVATE subroutine called, a
! name that is not in the module at all, and PUBLIC outside a module.
module access_hidden
  implicit none
  private
  real(8) :: secret = 1.0d0
  real(8), public :: visible = 2.0d0
contains
  subroutine hidden(x)
    real(8), intent(inout) :: x
    x = x + secret
  end subroutine hidden
end module access_hidden

subroutine user_only(y)
  use access_hidden, only: secret, hidden, visible, nothing
  implicit none
  real(8) :: y
  y = visible
end subroutine user_only

subroutine user_all(y)
  use access_hidden
  implicit none
  real(8) :: y
  public :: y
  y = secret + visible
  call hidden(y)
end subroutine user_all
