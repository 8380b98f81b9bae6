c     Fixed form: a block IF whose END IF is missing (tab-indented body).
      subroutine s(x)
      double precision x
      if (x .gt. 0) then
	x = 2
      end
