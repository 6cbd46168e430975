/// A least-squares solver for one design matrix X (n x p) and any number of right-hand sides, by Householder QR.
///
/// Each column is first scaled to unit length, so that rank decisions do not depend on units (an intercept
/// beside GNP in dollars is not "small"). Columns are then taken in their given order, and a column whose part
/// orthogonal to the earlier kept columns is shorter than `tolerance` (relative to its own length) is *aliased*:
/// a linear combination of earlier columns. This is the rule of R's `lm` (LINPACK `dqrdc2`, tolerance 1e-7), so
/// the same columns are reported aliased as in R; they get no coefficient (NaN) rather than an arbitrary one. For a block Y of many series
/// (n x m, column-major), the coefficients are `B = R^-1 (Q' Y)`: one GEMM and one triangular solve for all m
/// series, and residuals `E = Y - X B` are one more GEMM.
///
/// - Complexity: factoring O(n p^2); solving m series O(n p m).
struct QRLeastSquares: Sendable {
    /// Rows of the design (observations).
    let observations: Int
    /// Columns of the design (parameters).
    let parameters: Int
    /// Numerical rank.
    let rank: Int
    /// Design columns in pivot order: the first `rank` are estimated, the rest are aliased.
    let pivotOrder: [Int]
    /// Thin Q restricted to the first `rank` columns, n x rank.
    let q: Matrix
    /// Leading rank x rank upper-triangular block of R.
    let r: Matrix
    /// The design itself (used for residuals).
    let design: Matrix
    /// Euclidean norm of each design column (1 for an all-zero column): the factorisation is of X D^-1.
    let columnScale: [Double]
    /// Ratio of the largest to the smallest singular value of X (infinity when rank-deficient).
    let conditionNumber: Double

    /// Default rank tolerance, relative to the largest |R_kk|: the same as R's `lm` (1e-7).
    static let defaultTolerance = 1e-7

    /// The estimated design columns, ascending.
    var estimatedColumns: [Int] { Array(pivotOrder.prefix(rank)).sorted() }
    /// The aliased design columns, ascending.
    var aliasedColumns: [Int] { Array(pivotOrder.dropFirst(rank)).sorted() }

    /// Factors `design` (n x p).
    init(design: Matrix, tolerance: Double = QRLeastSquares.defaultTolerance) throws {
        precondition(tolerance >= 0, "rank tolerance must be non-negative")
        self.design = design
        observations = design.rows
        parameters = design.columns
        var a = design
        var scale = [Double](repeating: 1, count: design.columns)
        for j in 0..<design.columns {
            // The norm through the column's largest magnitude: squares of values near 1e308 would overflow.
            var largest = 0.0
            for i in 0..<design.rows { largest = max(largest, abs(design[i, j])) }
            guard largest.isFinite else {
                throw LinearAlgebraError(routine: "QRLeastSquares", info: 0, reason: "column \(j + 1) of the design holds a value that is not a finite number")
            }
            var sum = 0.0
            if largest > 0 { for i in 0..<design.rows { let v = design[i, j] / largest; sum += v * v } }
            let norm = largest * sum.squareRoot()
            if norm > 0 && norm.isFinite {
                scale[j] = norm
                for i in 0..<design.rows { a[i, j] /= norm }
            }
        }
        columnScale = scale
        // Drop dependent columns one at a time, refactoring the rest in order (p is small; each pass is O(n p^2)).
        var kept = Array(0..<design.columns), aliased: [Int] = []
        var factored = a, tau: [Double] = []
        while true {
            factored = a.selectingColumns(kept)
            tau = try LAPACK.qr(&factored, pivoting: false).tau
            let diag = min(design.rows, kept.count)
            guard let k = (0..<kept.count).first(where: { $0 >= diag || !(abs(factored[$0, $0]) > tolerance) }) else { break }
            aliased.append(kept.remove(at: k))
        }
        let k = kept.count
        rank = k
        pivotOrder = kept + aliased
        q = try LAPACK.explicitQ(reflectors: factored, tau: tau, columns: k)
        var rr = Matrix(rows: k, columns: k)
        for j in 0..<k { for i in 0...j { rr[i, j] = factored[i, j] } }
        r = rr
        if design.rows == 0 || design.columns == 0 {
            conditionNumber = .nan
        } else if k < design.columns {
            conditionNumber = .infinity
        } else {
            let s = try LAPACK.singularValues(design)
            conditionNumber = s.last! > 0 ? s.first! / s.last! : .infinity
        }
    }

    /// Solves for `seriesCount` right-hand sides stored column-major at `y` with leading dimension `ldy`
    /// (>= observations). Returns the p x m coefficients (aliased rows NaN).
    func coefficients(y: UnsafePointer<Double>?, ldy: Int, seriesCount m: Int) throws -> Matrix {
        precondition(ldy >= max(1, observations), "leading dimension smaller than the number of observations")
        var bPivoted = Matrix(rows: rank, columns: m)
        try q.storage.withUnsafeBufferPointer { pq in
            try bPivoted.storage.withUnsafeMutableBufferPointer { pb in
                try BLAS.gemm(
                    transposeA: true, transposeB: false, m: rank, n: m, k: observations, alpha: 1,
                    a: pq.baseAddress, lda: max(1, observations), b: y, ldb: ldy, beta: 0,
                    c: pb.baseAddress, ldc: max(1, rank))
                try r.storage.withUnsafeBufferPointer { pr in
                    try BLAS.solveUpperTriangular(
                        n: rank, nrhs: m, r: pr.baseAddress, ldr: max(1, rank), b: pb.baseAddress, ldb: max(1, rank))
                }
            }
        }
        var b = Matrix(rows: parameters, columns: m, repeating: .nan)
        for s in 0..<m {
            for k in 0..<rank {
                let j = pivotOrder[k]
                b.storage[j + s * parameters] = bPivoted.storage[k + s * rank] / columnScale[j]
            }
        }
        return b
    }

    /// Coefficients for a block of right-hand sides held in a matrix (n x m).
    func coefficients(_ y: Matrix) throws -> Matrix {
        precondition(y.rows == observations, "right-hand side has \(y.rows) rows, design has \(observations)")
        return try y.storage.withUnsafeBufferPointer { py in
            try coefficients(y: py.baseAddress, ldy: max(1, y.rows), seriesCount: y.columns)
        }
    }

    /// Residuals `Y - X B` for coefficients from `coefficients` (aliased coefficients count as zero).
    func residuals(y: UnsafePointer<Double>?, ldy: Int, seriesCount m: Int, coefficients b: Matrix) throws -> Matrix {
        precondition(b.rows == parameters && b.columns == m, "coefficient block has the wrong shape")
        var e = Matrix(rows: observations, columns: m)
        if let y {
            for s in 0..<m {
                for i in 0..<observations { e.storage[i + s * observations] = y[i + s * ldy] }
            }
        }
        let used = estimatedColumns
        let xUsed = used.count == parameters ? design : design.selectingColumns(used)
        let bUsed = used.count == parameters ? b : b.transposed.selectingColumns(used).transposed
        try xUsed.storage.withUnsafeBufferPointer { px in
            try bUsed.storage.withUnsafeBufferPointer { pb in
                try e.storage.withUnsafeMutableBufferPointer { pe in
                    try BLAS.gemm(
                        transposeA: false, transposeB: false, m: observations, n: m, k: used.count, alpha: -1,
                        a: px.baseAddress, lda: max(1, observations), b: pb.baseAddress, ldb: max(1, used.count),
                        beta: 1, c: pe.baseAddress, ldc: max(1, observations))
                }
            }
        }
        return e
    }

    /// `(X'X)^-1` restricted to the estimated columns, as a p x p matrix with NaN in aliased rows and columns:
    /// `D^-1 R^-1 R^-T D^-1` mapped back through the pivot order.
    func unscaledCovariance() throws -> Matrix {
        // R^-1 by solving R Z = I.
        var rInv = Matrix.identity(rank)
        try r.storage.withUnsafeBufferPointer { pr in
            try rInv.storage.withUnsafeMutableBufferPointer { pz in
                try BLAS.solveUpperTriangular(
                    n: rank, nrhs: rank, r: pr.baseAddress, ldr: max(1, rank), b: pz.baseAddress, ldb: max(1, rank))
            }
        }
        let pivoted = try BLAS.product(rInv, rInv, transposeB: true)
        var c = Matrix(rows: parameters, columns: parameters, repeating: .nan)
        for j in 0..<rank {
            for i in 0..<rank {
                let (pi, pj) = (pivotOrder[i], pivotOrder[j])
                c[pi, pj] = pivoted[i, j] / (columnScale[pi] * columnScale[pj])
            }
        }
        return c
    }
}
