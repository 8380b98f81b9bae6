C     A file with nothing but comments and blank lines.
*     star comment
!     bang comment

      ! indented bang comment
c     lower-case c
