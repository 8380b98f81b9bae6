! Assignment to a substring of a CHARACTER component: one located error (reading one is supported).
module mt2
  type tr
    character(len=4) :: name
    character(len=4) :: tags(3)
  end type
end module
subroutine e(a, x)
  use mt2
  type(tr), intent(inout) :: a
  real(8), intent(inout) :: x
  a%name(1:2) = 'xx'
end subroutine
