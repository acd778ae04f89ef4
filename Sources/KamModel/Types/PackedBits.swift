/// Three bits in a byte of their own: the top of a packed number.
///
/// A byte that only ever holds 0 to 7 leaves its other 248 values free, and Swift uses one of
/// them for `nil`: so `Day?` and `Quarter?` take no more room than `Day` and `Quarter`, where
/// a plain integer would need an extra byte (and its padding) for the optional's flag. The
/// cases are laid out as the tags 0 to 7 in declaration order, so converting to and from
/// `UInt8` is a bit cast.
@usableFromInline enum ThreeBits: Sendable {
    case b0, b1, b2, b3, b4, b5, b6, b7

    /// The bits `value & 7`.
    @inlinable init(_ value: UInt8) { self = unsafeBitCast(value & 7, to: ThreeBits.self) }

    /// The bits as a number 0 to 7.
    @inlinable var value: UInt8 { unsafeBitCast(self, to: UInt8.self) }
}

/// An unsigned 27-bit number in four bytes (alignment 2) whose optional takes no more room.
@usableFromInline struct Packed27: Hashable, Sendable {
    /// The largest value it holds.
    @usableFromInline static let max: UInt32 = (1 << 27) - 1

    @usableFromInline var low: UInt16
    @usableFromInline var middle: UInt8
    @usableFromInline var top: ThreeBits

    /// `value`, which must be at most `max`.
    @inlinable init(_ value: UInt32) {
        low = UInt16(truncatingIfNeeded: value)
        middle = UInt8(truncatingIfNeeded: value >> 16)
        top = ThreeBits(UInt8(truncatingIfNeeded: value >> 24))
    }

    @inlinable var value: UInt32 { UInt32(top.value) << 24 | UInt32(middle) << 16 | UInt32(low) }

    @inlinable static func == (lhs: Packed27, rhs: Packed27) -> Bool { lhs.value == rhs.value }
    @inlinable func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// An unsigned 19-bit number in three bytes (alignment 2) whose optional takes no more room.
@usableFromInline struct Packed19: Hashable, Sendable {
    /// The largest value it holds.
    @usableFromInline static let max: UInt32 = (1 << 19) - 1

    @usableFromInline var low: UInt16
    @usableFromInline var top: ThreeBits

    /// `value`, which must be at most `max`.
    @inlinable init(_ value: UInt32) {
        low = UInt16(truncatingIfNeeded: value)
        top = ThreeBits(UInt8(truncatingIfNeeded: value >> 16))
    }

    @inlinable var value: UInt32 { UInt32(top.value) << 16 | UInt32(low) }

    @inlinable static func == (lhs: Packed19, rhs: Packed19) -> Bool { lhs.value == rhs.value }
    @inlinable func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
