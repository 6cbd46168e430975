/// A failure reported by a BLAS or LAPACK routine, or a problem too large for its 32-bit integer interface.
///
/// LAPACK's `info`: negative means argument `-info` was illegal (a bug in Outturn); positive means a numerical
/// condition the routine names (a matrix not positive definite, a singular triangular factor, an SVD that did
/// not converge).
public struct LinearAlgebraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The routine that failed, e.g. `"LAPACKE_dpotrf"`.
    public let routine: String
    /// LAPACK's `info` code (0 when the failure is a size overflow before the call).
    public let info: Int
    /// What went wrong, in words.
    public let reason: String

    public var description: String { "\(routine): \(reason)" }

    static func illegalArgument(_ routine: String, _ info: Int32) -> LinearAlgebraError {
        LinearAlgebraError(routine: routine, info: Int(info),
                           reason: "the numbers are out of the range a least-squares solve can handle (values too large, or not finite; argument \(-info) was rejected)")
    }

    static func sizeOverflow(_ routine: String, _ what: String, _ value: Int) -> LinearAlgebraError {
        LinearAlgebraError(
            routine: routine, info: 0,
            reason: "\(what) = \(value) exceeds the 32-bit BLAS/LAPACK integer range; split the batch")
    }
}
