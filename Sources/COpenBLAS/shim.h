// The only C surface of Outturn: CBLAS and LAPACKE from OpenBLAS / liblapacke (LP64: lapack_int is int32).
#ifndef OUTTURN_COPENBLAS_SHIM_H
#define OUTTURN_COPENBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
