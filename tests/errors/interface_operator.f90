! Operator interfaces are refused (and the block passed over): call the specific procedure.
module vec_ops
  implicit none
  interface operator(+)
    module procedure add_pairs
  end interface
contains
  function add_pairs(a, b) result(c)
    real(8), intent(in) :: a(2), b(2)
    real(8) :: c(2)
    c = a + b
  end function add_pairs
end module vec_ops
