import Dispatch

/// Maps `transform` over `0..<count` in parallel chunks across cores, results in index order. Each index is
/// written once, by one worker, into its own slot.
package func parallelMap<T: Sendable>(count: Int, chunk: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
    if count == 0 { return [] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        // The slots own their values: deinitialize before freeing, or every result's storage leaks.
        results.deinitialize()
        results.deallocate()
    }
    let slots = SendableBuffer(results)
    let chunks = (count + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let lo = c * chunk, hi = min(count, lo + chunk)
        for i in lo..<hi { slots.buffer[i] = transform(i) }
    }
    return results.map { $0! }
}

/// A buffer shared by the workers of `parallelMap`; safe because each worker writes disjoint indices and the
/// buffer is read only after `concurrentPerform` returns.
private struct SendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ b: UnsafeMutableBufferPointer<T?>) { buffer = b }
}
