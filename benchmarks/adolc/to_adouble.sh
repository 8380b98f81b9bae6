#!/bin/sh
# to_adouble.sh -- turns stad's primal C of a model (stad diff --mode primal) into C++ for
# ADOL-C's operator overloading. Exactly these textual changes, nothing else:
#   1. every `double` becomes `adouble` (variables, arrays, arguments, return types), except
#      `(double)` casts of integers and `static const double` PARAMETERs, which stay passive;
#   2. `restrict` is removed (not C++);
#   3. `#include "NAME.h"` (stad's header of the primal) is replaced by `#include <adolc/adolc.h>`.
# The result is compiled by a C++ compiler; the head keeps its name and by-address signature
# with adouble in place of double (driver.cpp declares it).
#
#   to_adouble.sh primal.c > primal_adouble.cpp
set -eu
sed -e 's/(double)/(@DCAST@)/g' \
    -e 's/static const double/static const @DCONST@/g' \
    -e 's/\bdouble\b/adouble/g' \
    -e 's/@DCAST@/double/g' -e 's/@DCONST@/double/g' \
    -e 's/\brestrict \{0,1\}//g' \
    -e 's/^#include "[A-Za-z0-9_.-]*\.h"$/#include <adolc\/adolc.h>/' "$1"
