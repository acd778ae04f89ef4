/// A column of a table being filled, one disjoint run of rows per core: each row is
/// written by exactly one part, into an array made at its full size beforehand, so the
/// parts need no arrays of their own that are joined (and copied) afterwards.
package struct RowSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T>

    /// The slots of `buffer`, valid while the buffer is.
    package init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }

    /// Row `i`; each is set by one part only.
    package subscript(i: Int) -> T {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}
