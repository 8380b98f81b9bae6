! Kinds from the intrinsic module ISO_FORTRAN_ENV (plain USE, USE with ONLY and a rename, and
! USE, INTRINSIC ::): real64, real32, int32, int64 as kinds of declarations and literals
! (1.5e3_real64, 7_int64), and ISO_C_BINDING's c_double and c_int.
module kinds_iso_env_m
  use, intrinsic :: iso_fortran_env, only: real64, int64
  implicit none
  real(real64) :: total = 0.0_real64
  integer(int64) :: calls = 0_int64
contains
  subroutine accumulate(x)
    real(real64), intent(in) :: x
    total = total + x * 1.5e3_real64
    calls = calls + 1_int64
  end subroutine accumulate
end module kinds_iso_env_m

program kinds_iso_fortran_env
  use kinds_iso_env_m
  use iso_fortran_env, only: sp => real32, int32
  use iso_c_binding, only: c_double, c_int
  implicit none
  real(sp) :: a
  integer(int32) :: i
  real(c_double) :: b
  integer(c_int) :: j
  do i = 1, 4
    call accumulate(1.0_real64 / i)
  end do
  a = real(total, sp) / 7.0_sp
  b = total * 2.0_c_double
  j = int(calls, c_int) * 3_c_int
  print *, total, calls, a, b, j, kind(a), kind(b), kind(calls)
end program kinds_iso_fortran_env
