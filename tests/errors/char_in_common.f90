! CHARACTER variables in COMMON are refused: put them in a MODULE.
subroutine setup(x)
  real(8) :: x
  character(len=8) :: mode
  common /opts/ mode
  x = 1
  if (mode == 'FAST') x = 2
end subroutine setup
