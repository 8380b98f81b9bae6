! A chain of 270 conditional GO TOs to one label (F77 argument checks, early exits): the
! restructured code stays shallow (clang refuses more than 256 nested brackets); the nesting
! of the generated C is checked by primal/goto_chain_nesting too.
program goto_chain
  implicit none
  integer :: k
  real(8) :: y
  do k = 1, 4
    y = 0.5d0 * k
    call chain(y)
    print *, k, y
  end do
end program goto_chain

subroutine chain(y)
  implicit none
  real(8), intent(inout) :: y
  if (y > 1.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 1.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 2.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 2.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 3.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 3.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 4.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 4.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 5.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 5.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 6.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 6.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 7.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 7.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 8.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 8.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 9.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 9.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 10.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 10.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 11.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 11.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 12.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 12.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 13.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 13.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 14.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 14.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 15.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 15.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 16.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 16.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 17.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 17.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 18.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 18.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 19.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 19.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 20.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 20.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 21.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 21.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 22.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 22.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 23.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 23.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 24.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 24.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 25.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 25.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 26.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 26.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 27.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 27.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 28.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 28.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 29.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 29.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 30.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 30.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 31.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 31.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 32.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 32.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 33.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 33.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 34.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 34.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 35.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 35.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 36.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 36.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 37.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 37.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 38.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 38.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 39.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 39.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 40.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 40.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 41.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 41.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 42.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 42.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 43.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 43.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 44.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 44.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 45.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 45.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 46.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 46.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 47.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 47.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 48.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 48.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 49.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 49.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 50.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 50.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 51.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 51.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 52.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 52.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 53.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 53.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 54.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 54.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 55.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 55.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 56.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 56.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 57.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 57.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 58.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 58.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 59.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 59.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 60.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 60.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 61.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 61.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 62.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 62.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 63.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 63.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 64.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 64.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 65.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 65.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 66.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 66.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 67.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 67.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 68.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 68.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 69.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 69.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 70.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 70.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 71.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 71.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 72.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 72.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 73.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 73.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 74.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 74.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 75.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 75.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 76.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 76.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 77.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 77.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 78.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 78.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 79.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 79.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 80.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 80.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 81.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 81.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 82.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 82.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 83.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 83.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 84.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 84.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 85.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 85.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 86.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 86.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 87.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 87.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 88.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 88.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 89.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 89.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 90.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 90.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 91.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 91.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 92.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 92.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 93.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 93.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 94.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 94.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 95.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 95.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 96.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 96.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 97.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 97.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 98.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 98.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 99.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 99.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 100.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 100.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 101.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 101.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 102.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 102.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 103.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 103.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 104.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 104.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 105.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 105.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 106.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 106.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 107.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 107.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 108.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 108.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 109.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 109.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 110.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 110.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 111.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 111.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 112.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 112.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 113.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 113.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 114.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 114.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 115.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 115.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 116.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 116.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 117.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 117.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 118.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 118.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 119.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 119.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 120.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 120.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 121.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 121.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 122.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 122.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 123.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 123.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 124.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 124.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 125.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 125.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 126.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 126.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 127.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 127.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 128.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 128.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 129.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 129.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 130.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 130.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 131.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 131.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 132.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 132.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 133.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 133.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 134.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 134.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 135.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
  if (y > 135.5d0) goto 999
  y = y * 1.01d0 + 0.01d0
999 y = y + 1.0d0
end subroutine chain
