import Foundation
import Testing
import _TestSupport
@testable import Outturn

/// The linear algebra layer against numpy and NIST reference values
/// (Fixtures/make_linear_algebra_fixtures.py). Tolerances are stated per test.
@Suite struct LinearAlgebraTests {
    let fixture: [String: Any]

    init() throws {
        OpenBLASThreads.set(1)
        fixture = try TestSupport.jsonFixture("Tests/OutturnTests/Fixtures/linear_algebra.json")
    }

    func section(_ name: String) -> [String: Any] { fixture[name] as! [String: Any] }

    @Test func productMatchesHandComputation() throws {
        let a = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        let b = Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])
        #expect(try BLAS.product(a, b) == Matrix(rowMajor: [[58, 64], [139, 154]]))
        #expect(try BLAS.product(a, a, transposeA: true) == Matrix(rowMajor: [[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
        #expect(try BLAS.product(a, b, transposeA: true, transposeB: true) == Matrix(rowMajor: [[39, 49, 59], [54, 68, 82], [69, 87, 105]]))
    }

    @Test func emptyDimensionsAreHarmless() throws {
        let a = Matrix(rows: 0, columns: 3)
        #expect(try BLAS.product(a, Matrix(rows: 3, columns: 2)) == Matrix(rows: 0, columns: 2))
        #expect(try BLAS.product(a, a, transposeA: true) == Matrix(rows: 3, columns: 3))
    }

    /// NIST StRD Longley: certified to 15 digits; a QR solve on the raw design recovers them to ~1e-8 relative
    /// (condition number 4.9e9), which is what a backward-stable method can promise.
    @Test func longleyAgainstNISTCertifiedValues() throws {
        let s = section("longley")
        let x = Matrix(rowMajor: TestSupport.rows(s["x_row_major"]))
        let y = TestSupport.doubles(s["y"])
        let qr = try QRLeastSquares(design: x)
        #expect(qr.rank == 7)
        #expect(qr.aliasedColumns.isEmpty)
        let b = try qr.coefficients(Matrix(rows: y.count, columns: 1, columnMajor: y))
        for (k, c) in TestSupport.doubles(s["certified_coefficients"]).enumerated() {
            #expect(TestSupport.close(b[k, 0], c, relative: 1e-8), "coefficient \(k): \(b[k, 0]) vs certified \(c)")
        }
        // Standard errors from (X'X)^-1 and s^2 = SSE / (n - p).
        let e = try y.withUnsafeBufferPointer { try qr.residuals(y: $0.baseAddress, ldy: y.count, seriesCount: 1, coefficients: b) }
        let sse = e.storage.reduce(0) { $0 + $1 * $1 }
        let s2 = sse / Double(y.count - 7)
        let cov = try qr.unscaledCovariance()
        for (k, se) in TestSupport.doubles(s["certified_standard_errors"]).enumerated() {
            #expect(TestSupport.close((s2 * cov[k, k]).squareRoot(), se, relative: 1e-7))
        }
        #expect(TestSupport.close(qr.conditionNumber, s["condition_number"] as! Double, relative: 1e-6))
    }

    /// Many right-hand sides in one solve equal numpy's lstsq column by column (1e-12 relative).
    @Test func manyRightHandSidesAtOnce() throws {
        let s = section("multi_rhs")
        let x = Matrix(rowMajor: TestSupport.rows(s["x_row_major"]))
        let columns = TestSupport.rows(s["y_columns"])
        let y = Matrix(rows: x.rows, columns: columns.count, columnMajor: columns.flatMap { $0 })
        let qr = try QRLeastSquares(design: x)
        let b = try qr.coefficients(y)
        let expected = TestSupport.rows(s["coefficients_columns"])
        for (j, col) in expected.enumerated() {
            for (k, v) in col.enumerated() { #expect(TestSupport.close(b[k, j], v, relative: 1e-12, absolute: 1e-12)) }
        }
        let e = try y.storage.withUnsafeBufferPointer {
            try qr.residuals(y: $0.baseAddress, ldy: x.rows, seriesCount: y.columns, coefficients: b)
        }
        for (j, col) in TestSupport.rows(s["residuals_columns"]).enumerated() {
            for (i, v) in col.enumerated() { #expect(TestSupport.close(e[i, j], v, relative: 1e-10, absolute: 1e-11)) }
        }
        // And each series solved alone gives the same numbers.
        for j in 0..<y.columns {
            let single = try qr.coefficients(Matrix(rows: x.rows, columns: 1, columnMajor: y.column(j)))
            for k in 0..<3 { #expect(TestSupport.close(single[k, 0], b[k, j], relative: 1e-14, absolute: 1e-14)) }
        }
    }

    /// A design whose third column is a combination of the first two: rank 3 of 4, column 2 aliased (as R's lm
    /// reports it), its coefficient NaN, the others equal to the reduced fit.
    @Test func rankDeficientDesignReportsAliasedColumns() throws {
        let s = section("rank_deficient")
        let x = Matrix(rowMajor: TestSupport.rows(s["x_row_major"]))
        let y = TestSupport.doubles(s["y"])
        let qr = try QRLeastSquares(design: x)
        #expect(qr.rank == 3)
        #expect(qr.conditionNumber == .infinity)
        // Which of the three dependent columns is dropped is a pivoting choice; the fitted values are not.
        #expect(qr.aliasedColumns.count == 1)
        let b = try qr.coefficients(Matrix(rows: y.count, columns: 1, columnMajor: y))
        #expect(b[qr.aliasedColumns[0], 0].isNaN)
        let reduced = TestSupport.doubles(s["coefficients_without_aliased"])
        let full = x.selectingColumns([0, 1, 3])
        let fittedExpected = try BLAS.product(full, Matrix(rows: reduced.count, columns: 1, columnMajor: reduced)).storage
        let e = try y.withUnsafeBufferPointer { try qr.residuals(y: $0.baseAddress, ldy: y.count, seriesCount: 1, coefficients: b) }
        for i in 0..<y.count { #expect(TestSupport.close(y[i] - e[i, 0], fittedExpected[i], relative: 1e-10)) }
        if qr.aliasedColumns == [2] {
            for (k, j) in [0, 1, 3].enumerated() { #expect(TestSupport.close(b[j, 0], reduced[k], relative: 1e-10)) }
        }
    }

    /// Raw calendar years make X'X ill-conditioned (condition ~1e6 for 2015-2023); the QR solve stays exact on
    /// golden case A of REFERENCE.md, and the condition number says how bad the design is.
    @Test func illConditionedRawYearDesign() throws {
        let years = (2015...2023).map(Double.init)
        let y = [100, 104, 107.5, 113, 115.2, 121, 124.8, 131.5, 133]
        let x = Matrix(rowMajor: years.map { [1, $0] })
        let qr = try QRLeastSquares(design: x)
        #expect(qr.conditionNumber > 1e5)
        let b = try qr.coefficients(Matrix(rows: 9, columns: 1, columnMajor: y))
        #expect(TestSupport.close(b[1, 0], 4.285, relative: 1e-10))
        #expect(TestSupport.close(b[0, 0], -8534.748333333, relative: 1e-10))
        let centred = Matrix(rowMajor: years.map { [1, $0 - 2019] })
        #expect(try QRLeastSquares(design: centred).conditionNumber < 3)
    }

    @Test func singularValuesMatchNumpy() throws {
        let s = section("singular_values")
        let sv = try LAPACK.singularValues(Matrix(rowMajor: TestSupport.rows(s["a_row_major"])))
        #expect(sv.count == TestSupport.doubles(s["s"]).count)
        for (a, b) in zip(sv, TestSupport.doubles(s["s"])) { #expect(TestSupport.close(a, b, relative: 1e-13)) }
    }

    @Test func threadCountCanBeSet() {
        let before = OpenBLASThreads.current
        OpenBLASThreads.set(2)
        #expect(OpenBLASThreads.current == 2)
        OpenBLASThreads.set(1)
        #expect(OpenBLASThreads.current == 1)
        OpenBLASThreads.set(max(1, before))
        OpenBLASThreads.set(1)
    }
}
