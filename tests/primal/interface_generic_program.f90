! INTERFACE blocks: a generic name over module procedures chosen by type, kind and rank; a
! generic over external procedures declared by interface bodies; an explicit interface of an
! external subroutine (passed over: the procedure's own source is what stad reads).
module shapes
  implicit none
  private
  public :: norm2of, scale
  interface norm2of
    module procedure norm2_vec, norm2_scalar
    module procedure norm2_r4
  end interface norm2of
  interface scale
    module procedure scale_vec
    module procedure scale_one
  end interface
contains
  real(8) function norm2_vec(v)
    real(8), intent(in) :: v(:)
    norm2_vec = sqrt(sum(v * v))
  end function norm2_vec
  real(8) function norm2_scalar(x)
    real(8), intent(in) :: x
    norm2_scalar = abs(x)
  end function norm2_scalar
  real function norm2_r4(x)
    real, intent(in) :: x
    norm2_r4 = 2 * abs(x)
  end function norm2_r4
  subroutine scale_vec(v, a)
    real(8), intent(inout) :: v(:)
    real(8), intent(in) :: a
    v = a * v
  end subroutine scale_vec
  subroutine scale_one(x, a)
    real(8), intent(inout) :: x
    real(8), intent(in) :: a
    x = a * x + 1
  end subroutine scale_one
end module shapes

subroutine twice(x)
  real(8), intent(inout) :: x
  x = 2 * x
end subroutine twice

subroutine twice_r(x)
  real(8), intent(inout) :: x
  x = 2 * x + 0.25d0
end subroutine twice_r

subroutine twice_i(k)
  integer, intent(inout) :: k
  k = 2 * k
end subroutine twice_i

program interface_generic_program
  use shapes
  implicit none
  interface
    subroutine twice(x)
      real(8), intent(inout) :: x
    end subroutine twice
  end interface
  interface dbl
    subroutine twice_r(x)
      real(8), intent(inout) :: x
    end subroutine
    subroutine twice_i(k)
      integer, intent(inout) :: k
    end subroutine twice_i
  end interface dbl
  real(8) :: v(4), s
  integer :: k
  v = [1d0, 2d0, 3d0, 4d0]
  s = -1.5d0
  print *, norm2of(v), norm2of(s), norm2of(-2.0)
  call scale(v, 0.5d0)
  call scale(s, 3d0)
  print *, v, s
  k = 3
  call dbl(k)
  call dbl(s)
  call twice(s)
  print *, k, s
end program interface_generic_program
