/// A dense real matrix stored column-major, the layout BLAS and LAPACK expect.
///
/// Element `(i, j)` lives at `storage[i + j * rows]`. A matrix is a value: copies share storage until one is
/// mutated (copy-on-write through `Array`).
///
/// - Complexity: element access O(1); construction O(rows * columns).
struct Matrix: Sendable, Equatable {
    /// Number of rows.
    let rows: Int
    /// Number of columns.
    let columns: Int
    /// Column-major elements, `rows * columns` of them.
    var storage: [Double]

    /// A `rows` x `columns` matrix filled with `value`.
    init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage (no copy beyond Array's copy-on-write).
    init(rows: Int, columns: Int, columnMajor storage: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        precondition(storage.count == rows * columns, "storage holds \(storage.count) elements, need \(rows * columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from row-major nested arrays (convenient in tests and small designs).
    init(rowMajor nested: [[Double]]) {
        let r = nested.count
        let c = nested.first?.count ?? 0
        precondition(nested.allSatisfy { $0.count == c }, "rows of unequal length")
        var s = [Double](repeating: 0, count: r * c)
        for i in 0..<r { for j in 0..<c { s[i + j * r] = nested[i][j] } }
        self.init(rows: r, columns: c, columnMajor: s)
    }

    /// The identity matrix of order `n`.
    static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            return storage[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            storage[row + column * rows] = newValue
        }
    }

    /// Column `j` as an array.
    func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "column index out of range")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// The transpose.
    var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns { for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] } }
        return t
    }

    /// The columns at `indices`, in that order.
    func selectingColumns(_ indices: [Int]) -> Matrix {
        var s = [Double]()
        s.reserveCapacity(rows * indices.count)
        for j in indices { s.append(contentsOf: storage[(j * rows)..<((j + 1) * rows)]) }
        return Matrix(rows: rows, columns: indices.count, columnMajor: s)
    }

    /// The rows at `indices`, in that order.
    func selectingRows(_ indices: [Int]) -> Matrix {
        var m = Matrix(rows: indices.count, columns: columns)
        for j in 0..<columns {
            for (k, i) in indices.enumerated() { m.storage[k + j * indices.count] = storage[i + j * rows] }
        }
        return m
    }
}
