#!/bin/sh
# to_adouble.sh -- turns stad's primal C of a model (stad diff --mode primal) into C++ for
# ADOL-C's operator overloading. Exactly these textual changes, nothing else:
#   1. every `double` becomes `adouble` (variables, arrays, arguments, return types), except
#      `(double)` casts of integers and `static const double` PARAMETERs, which stay passive;
#   2. `restrict` is removed (not C++);
#   3. `#include "NAME.h"` (stad's header of the primal) is replaced by `#include <adolc/adolc.h>`;
#   4. stad's own EXP and TANH (the helper block from `/* EXP and TANH of double precision` to
#      the end of stad_tanh_d, README) are removed and their calls made ADOL-C's exp and tanh.
# The result is compiled by a C++ compiler; the head keeps its name and by-address signature
# with adouble in place of double (driver.cpp declares it).
#
#   to_adouble.sh primal.c > primal_adouble.cpp
set -eu
awk '/^\/\* EXP and TANH of double precision/ { skip = 1 }
     skip && /^static inline double stad_tanh_d/ { last = 1 }
     !skip { print }
     last && /^}$/ { skip = last = 0 }' "$1" |
sed -e 's/\bstad_exp_d(/exp(/g' -e 's/\bstad_tanh_d(/tanh(/g' \
    -e 's/(double)/(@DCAST@)/g' \
    -e 's/static const double/static const @DCONST@/g' \
    -e 's/\bdouble\b/adouble/g' \
    -e 's/@DCAST@/double/g' -e 's/@DCONST@/double/g' \
    -e 's/\brestrict \{0,1\}//g' \
    -e 's/^#include "[A-Za-z0-9_.-]*\.h"$/#include <adolc\/adolc.h>/'
