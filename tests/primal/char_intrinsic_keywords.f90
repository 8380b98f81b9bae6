! Keyword arguments of the CHARACTER intrinsics: INDEX(string=, substring=, back=), LEN and
! LEN_TRIM(string=), TRIM, ADJUSTL and ADJUSTR(string=), LGE ... LLT(string_a=, string_b=),
! ICHAR and IACHAR(c=), CHAR and ACHAR(i=), in any order; `back=` was refused ("keyword arguments
! of index are not supported") though INDEX with BACK by position was taken (stad_gen, stop 19).
! output: exact
program char_intrinsic_keywords
  implicit none
  character(len=8) :: s, t
  integer :: k, n
  s = '  abcbc'
  t = adjustr(string='xy')
  n = 0
  do k = 1, 3
    if (index(s, 'c', back=.true.) == 7) n = n + 1
    if (index(substring='b', string=s) == 4) n = n + 10
    if (index(s, substring='bc', back=k > 1) == 6) n = n + 100
    if (len_trim(string=s) == 7 .and. len(string=t) == 8) n = n + 1000
    if (lge(string_b='ab', string_a=trim(string=adjustl(string=s)))) n = n + 10000
    if (llt(string_a=t, string_b='a') .and. .not. lgt(s, string_b=s)) n = n + 100000
    write(*, '(i2, i8, 3i4, 1x, 2a, l2)') k, n, index(string=t, substring='y'), ichar(c=s(3:3)), iachar(c='A'), char(i=66 + k), &
      achar(i=96 + k), lle(string_a='b', string_b=s(4:4))
  end do
end program char_intrinsic_keywords
