/// A field-less enum packed as a one-byte code (`AccountRecords`): its case's position in
/// declaration order.
///
/// Swift lays out such an enum (2 to 256 cases, whatever its raw values) as that position
/// in one byte, so converting to and from the code is a bit cast, as `ThreeBits` does:
/// reading a packed record never allocates (a synthesized `allCases` makes an array on each
/// call). A code must come from `code`; any other byte is not a case.
@usableFromInline protocol RecordCode {}

extension RecordCode {
    @inlinable var code: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    @inlinable init(code: UInt8) { self = unsafeBitCast(code, to: Self.self) }
}

extension BuyingRole: RecordCode {}
extension Attitude: RecordCode {}
extension Coverage: RecordCode {}
extension ActivityKind: RecordCode {}
extension OpportunityStage: RecordCode {}
extension ObjectiveStatus: RecordCode {}
