// Every BLAS and LAPACK call in Outturn passes through this file. Each wrapper checks the sizes it is given
// (programmer errors stop at a precondition), converts `Int` to the 32-bit integers of the LP64 interface without
// silent overflow (an overflow is thrown, since it depends on the data's size), and turns LAPACK's `info != 0`
// into a `LinearAlgebraError` naming the routine.
import COpenBLAS

/// LAPACKE's `LAPACK_COL_MAJOR` (a macro Swift cannot see).
private let columnMajorLayout: Int32 = 102

/// Converts a dimension for a BLAS/LAPACK call, throwing instead of wrapping around.
@inline(__always)
private func lapackInt(_ value: Int, _ what: String, _ routine: String) throws -> Int32 {
    guard let v = Int32(exactly: value) else { throw LinearAlgebraError.sizeOverflow(routine, what, value) }
    return v
}

/// Thin, checked wrappers over CBLAS.
enum BLAS {
    /// `C = alpha * op(A) * op(B) + beta * C` (`cblas_dgemm`), column-major, `op(A)` is m x k, `op(B)` is k x n.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafePointer<Double>?, lda: Int, b: UnsafePointer<Double>?, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>?, ldc: Int
    ) throws {
        precondition(m >= 0 && n >= 0 && k >= 0, "dgemm: negative dimension")
        precondition(lda >= max(1, transposeA ? k : m), "dgemm: lda too small")
        precondition(ldb >= max(1, transposeB ? n : k), "dgemm: ldb too small")
        precondition(ldc >= max(1, m), "dgemm: ldc too small")
        if m == 0 || n == 0 { return }
        let r = "cblas_dgemm"
        cblas_dgemm(
            CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            try lapackInt(m, "m", r), try lapackInt(n, "n", r), try lapackInt(k, "k", r),
            alpha, a, try lapackInt(lda, "lda", r), b, try lapackInt(ldb, "ldb", r),
            beta, c, try lapackInt(ldc, "ldc", r))
    }

    /// `op(A) * op(B)` for matrices.
    static func product(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) throws -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        precondition(k == kb, "matrix product: inner dimensions \(k) and \(kb) differ")
        var c = Matrix(rows: m, columns: n)
        try a.storage.withUnsafeBufferPointer { pa in
            try b.storage.withUnsafeBufferPointer { pb in
                try c.storage.withUnsafeMutableBufferPointer { pc in
                    try gemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1,
                        a: pa.baseAddress, lda: max(1, a.rows), b: pb.baseAddress, ldb: max(1, b.rows),
                        beta: 0, c: pc.baseAddress, ldc: max(1, m))
                }
            }
        }
        return c
    }

    /// Solves `R X = B` in place for upper-triangular `R` (n x n, leading dimension `ldr`) and B (n x nrhs),
    /// (`cblas_dtrsm`). The caller guarantees a non-zero diagonal (checked by `QRFactorization`'s rank).
    static func solveUpperTriangular(
        n: Int, nrhs: Int, r: UnsafePointer<Double>?, ldr: Int, b: UnsafeMutablePointer<Double>?, ldb: Int
    ) throws {
        precondition(n >= 0 && nrhs >= 0 && ldr >= max(1, n) && ldb >= max(1, n), "dtrsm: bad dimensions")
        if n == 0 || nrhs == 0 { return }
        let rt = "cblas_dtrsm"
        cblas_dtrsm(
            CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit,
            try lapackInt(n, "m", rt), try lapackInt(nrhs, "n", rt), 1, r, try lapackInt(ldr, "lda", rt),
            b, try lapackInt(ldb, "ldb", rt))
    }
}

/// Thin, checked wrappers over LAPACKE.
enum LAPACK {
    /// QR factorisation `A P = Q R` (`LAPACKE_dgeqp3`), overwriting `a` with R and the reflectors. With
    /// `pivoting` the columns are reordered by decreasing residual norm; without it every column is marked
    /// leading and the factorisation keeps the given order (P = I).
    /// Returns the 0-based column permutation and the reflector scalars.
    static func qr(_ a: inout Matrix, pivoting: Bool) throws -> (permutation: [Int], tau: [Double]) {
        let r = "LAPACKE_dgeqp3"
        let m = try lapackInt(a.rows, "m", r), n = try lapackInt(a.columns, "n", r)
        var jpvt = [Int32](repeating: pivoting ? 0 : 1, count: a.columns)  // 0 = free column, 1 = leading
        var tau = [Double](repeating: 0, count: min(a.rows, a.columns))
        if a.rows == 0 || a.columns == 0 { return (Array(0..<a.columns), tau) }
        let info = a.storage.withUnsafeMutableBufferPointer { pa in
            jpvt.withUnsafeMutableBufferPointer { pj in
                tau.withUnsafeMutableBufferPointer { pt in
                    LAPACKE_dgeqp3(columnMajorLayout, m, n, pa.baseAddress, max(1, m), pj.baseAddress, pt.baseAddress)
                }
            }
        }
        if info < 0 { throw LinearAlgebraError.illegalArgument(r, info) }
        return (jpvt.map { Int($0) - 1 }, tau)
    }

    /// Forms the first `k` columns of Q from `dgeqp3`/`dgeqrf` reflectors (`LAPACKE_dorgqr`), m x k.
    static func explicitQ(reflectors: Matrix, tau: [Double], columns k: Int) throws -> Matrix {
        let rt = "LAPACKE_dorgqr"
        precondition(k <= reflectors.columns && k <= reflectors.rows && k <= tau.count, "dorgqr: k too large")
        var q = Matrix(rows: reflectors.rows, columns: k, columnMajor: Array(reflectors.storage.prefix(reflectors.rows * k)))
        if k == 0 { return q }
        let m = try lapackInt(q.rows, "m", rt), kk = try lapackInt(k, "n", rt)
        let info = q.storage.withUnsafeMutableBufferPointer { pq in
            tau.withUnsafeBufferPointer { pt in
                LAPACKE_dorgqr(columnMajorLayout, m, kk, kk, pq.baseAddress, max(1, m), pt.baseAddress)
            }
        }
        if info < 0 { throw LinearAlgebraError.illegalArgument(rt, info) }
        return q
    }

    /// Singular values of `a`, largest first (`LAPACKE_dgesdd`, no vectors).
    static func singularValues(_ a: Matrix) throws -> [Double] {
        let rt = "LAPACKE_dgesdd"
        var work = a
        let k = min(a.rows, a.columns)
        var s = [Double](repeating: 0, count: k)
        if k == 0 { return s }
        let m = try lapackInt(a.rows, "m", rt), n = try lapackInt(a.columns, "n", rt)
        var dummy = [Double](repeating: 0, count: 1)
        let info = work.storage.withUnsafeMutableBufferPointer { pa in
            s.withUnsafeMutableBufferPointer { ps in
                dummy.withUnsafeMutableBufferPointer { pd in
                    LAPACKE_dgesdd(
                        columnMajorLayout, CChar(UInt8(ascii: "N")), m, n, pa.baseAddress, max(1, m),
                        ps.baseAddress, pd.baseAddress, 1, pd.baseAddress, 1)
                }
            }
        }
        if info < 0 { throw LinearAlgebraError.illegalArgument(rt, info) }
        if info > 0 {
            throw LinearAlgebraError(routine: rt, info: Int(info), reason: "the SVD did not converge")
        }
        return s
    }
}

/// The number of threads OpenBLAS uses for its kernels: a process-wide setting of the OpenBLAS library.
///
/// Outturn never changes it on its own; callers (and tests that compare numbers) set it. Results can differ in
/// the last bits between thread counts, so compare with tolerances.
public enum OpenBLASThreads {
    /// The current OpenBLAS thread count.
    public static var current: Int { Int(openblas_get_num_threads()) }

    /// Sets the OpenBLAS thread count (at least 1).
    public static func set(_ count: Int) {
        precondition(count >= 1, "thread count must be at least 1")
        openblas_set_num_threads(Int32(clamping: count))
    }
}
