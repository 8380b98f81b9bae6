! stad: --head 'top(y)/(x w)'
! A generic interface whose specifics take a CHARACTER dummy (a boundary-condition name) and a
! trailing OPTIONAL dummy, called with and without it (a CALL and a FUNCTION reference): was refused ("no specific procedure ...
! takes these arguments (double precision, character)": the CHARACTER dummy's hidden length
! took an actual; s17 trial A).
module bc_m
  implicit none
contains
  subroutine halo2(f, kind_bc, wallval)
    real(8), intent(inout) :: f(3)
    character(len=*), intent(in) :: kind_bc
    real(8), intent(in), optional :: wallval
    if (present(wallval)) then
      f(1) = wallval * f(2)
    else
      f(1) = f(2)
    end if
    if (kind_bc == 'dirichlet') f(3) = 2 * f(2)
  end subroutine halo2
  subroutine halo1(f, kind_bc)
    real(8), intent(inout) :: f(3, 2)
    character(len=1), intent(in) :: kind_bc
    if (kind_bc == 'p') f(1, 1) = f(2, 2) * f(3, 1)
  end subroutine halo1
  real(8) function scale1(a, s)
    real(8), intent(in) :: a
    real(8), intent(in), optional :: s
    scale1 = a
    if (present(s)) scale1 = a * s
  end function scale1
end module bc_m
module bc_g
  use bc_m
  implicit none
  interface halo
    module procedure halo2, halo1
  end interface halo
  interface scaled
    module procedure scale1
  end interface scaled
end module bc_g
subroutine top(x, w, y)
  use bc_g
  implicit none
  real(8), intent(in) :: x, w
  real(8), intent(out) :: y
  real(8) :: f(3), g(3, 2)
  character(len=9) :: name
  f = x
  g = x * w
  name = 'dirichlet'
  call halo(f, name, w)
  y = f(1) + f(3)
  f = w
  call halo(f, 'neumann')
  call halo(g, 'p')
  y = y * f(1) + g(1, 1) + scaled(x) * scaled(x, w)
end subroutine top
