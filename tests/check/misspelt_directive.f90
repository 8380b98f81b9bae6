! A misspelt directive: `stad check` translates the file once per mode, and warns once per run
! (run_check_cli.sh 14).
subroutine q(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  !$AD NOCHEKPOINT
  call sq(x, y)
end subroutine
subroutine sq(a, b)
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = sin(a) * a
end subroutine
