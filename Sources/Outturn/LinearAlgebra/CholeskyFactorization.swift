/// The Cholesky factorisation `A = U'U` of a symmetric positive definite matrix, for solving normal equations
/// and weighted problems.
///
/// - Complexity: factoring O(n^3); each solve O(n^2) per right-hand side.
struct CholeskyFactorization: Sendable {
    /// Upper-triangular factor U (its strict lower triangle is unspecified).
    let factor: Matrix

    /// Factors `a`; throws `LinearAlgebraError` (routine `LAPACKE_dpotrf`) when `a` is not positive definite.
    init(_ a: Matrix) throws {
        precondition(a.rows == a.columns, "Cholesky needs a square matrix")
        var u = a
        try LAPACK.cholesky(&u)
        factor = u
    }

    /// Solves `A X = B`.
    func solve(_ b: Matrix) throws -> Matrix {
        var x = b
        try LAPACK.choleskySolve(factor: factor, &x)
        return x
    }

    /// `A^-1`.
    func inverse() throws -> Matrix { try LAPACK.choleskyInverse(factor: factor) }
}
