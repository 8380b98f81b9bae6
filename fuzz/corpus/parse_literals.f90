! Literal constants: integers, reals with e and d exponents, kind suffixes _4 and _8, a
! leading or trailing decimal point, 1.eq.2 (the integer 1, then .eq.), logicals, strings.
subroutine lits(x, l)
  real(8) :: x
  logical :: l
  x = 1 + 1.5 + 1.5e3 + 1.5d0 + 2d0 + 1e-3 + .5 + 7. + 1.0_8 + 1.0_4 + 3_4
  x = 1.5D+2 + 1.E2 + 1._8
  l = 1.eq.2 .or. 3.gt.x .and. .true. .or. .false.
  print *, 'single ''quoted''', "double ""quoted""", 'it''s'
end subroutine lits
