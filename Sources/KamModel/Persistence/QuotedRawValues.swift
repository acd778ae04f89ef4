/// The JSON string literals of a fixed list of texts, made once: writing one is a copy,
/// with no `String` made and no check for characters to escape.
struct QuotedTexts: @unchecked Sendable {
    // Made once per enum type and kept for the life of the process: never freed.
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Where text `i` starts (`starts[i]`) and ends (`starts[i + 1]`) in `bytes`.
    private let starts: UnsafeMutablePointer<Int>

    init(_ texts: [String]) {
        var written: [UInt8] = []
        var starts = [0]
        for text in texts {
            JSONWriter.appendString(text, to: &written)
            starts.append(written.count)
        }
        bytes = .allocate(capacity: max(1, written.count))
        bytes.initialize(from: written, count: written.count)
        self.starts = .allocate(capacity: starts.count)
        self.starts.initialize(from: starts, count: starts.count)
    }

    /// Appends the literal of text `i`.
    @inline(__always) func append(_ i: Int, to out: inout ByteSink) {
        out.bytes(UnsafeRawBufferPointer(start: bytes + starts[i], count: starts[i + 1] - starts[i]))
    }
}

/// A field-less enum whose raw value the save's writer copies from a table made once.
protocol QuotedRawValue: RecordCode, CaseIterable, RawRepresentable where RawValue == String {
    /// The literals of the raw values, in case order (`allCases.map(\.rawValue)`).
    static var quotedRawValues: QuotedTexts { get }
}

extension ByteSink {
    /// Appends `value`'s raw value as a JSON string literal, as `string(value.rawValue)` does.
    @inline(__always) mutating func rawValue<E: QuotedRawValue>(_ value: E) {
        E.quotedRawValues.append(Int(value.code), to: &self)
    }
}

extension Tier: RecordCode, QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension AccountStatus: RecordCode, QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension BuyingRole: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension Attitude: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension Coverage: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension ActivityKind: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension OpportunityStage: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
extension ObjectiveStatus: QuotedRawValue {
    static let quotedRawValues = QuotedTexts(allCases.map(\.rawValue))
}
