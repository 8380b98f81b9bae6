c     Extra seed (not from tests/): a DO loop ending on the largest label, 99999.
      subroutine s(x)
      do 99999 i = 1, 2
      x = x + 1
99999 continue
      end
