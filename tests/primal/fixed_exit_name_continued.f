c     EXIT and CYCLE whose construct name is continued from a full line (column 72 reached
c     right after the keyword): blanks are insignificant in fixed form, so the two join as
c     `exitouter`, which gfortran reads as EXIT OUTER (seen in a campaign after `_dp` literals).
      module fxk
        integer, parameter :: dp = kind(1.0d0)
      end module fxk
      program fixed_exit_name_continued
      use fxk
      real(dp) :: x, y
      integer :: i, j
      x = 0.3_dp
      y = 0
      outer: do i = 1, 10
        inner: do j = 1, 4
          if (j .eq. 3 .and. y .lt. 1.5_dp + 0.5_dp * x + 0.25_dp) cycle
     &  outer
          y = y + x * j
        end do inner
        if (y .gt. 2.0_dp + 0.5_dp * x + 0.25_dp * x * x + 1.00_dp) exit
     &  outer
      end do outer
      print *, i, y
      end program fixed_exit_name_continued
