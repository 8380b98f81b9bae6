! !$AD directives in free form: attached to the next statement; CHECKPOINT-END with no
! statement after it in its block goes on a CONTINUE at the end of the block. Other !$
! comments (OpenMP) are plain comments.
subroutine driver(x, n, nt)
  integer :: n, nt, i
  real(8) :: x(n)
  !$AD NOCHECKPOINT
  call step(x, n)
  !$ad checkpoint
  call step(x, n)
  !$AD CHECKPOINT-START
  call step(x, n)
  call step(x, n)
  !$AD CHECKPOINT-END
  !$AD BINOMIAL-CKP nt 4 1
  do i = 1, nt
    !$omp critical
    call step(x, n)
  end do
  !$AD BINOMIAL-CKP nt, 2, 1
  do i = 1, nt
    !$AD CHECKPOINT-START
    call step(x, n)
    !$AD CHECKPOINT-END
  end do
end subroutine driver

subroutine step(x, n)
  integer :: n, i
  real(8) :: x(n)
  do i = 1, n
    x(i) = x(i) * 0.5d0
  end do
end subroutine step
