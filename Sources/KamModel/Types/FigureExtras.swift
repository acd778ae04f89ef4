/// The out-of-line parts of a `QuarterFigures`: the lower halves of its wide numbers, and
/// its rarely used parts (unknown fields, and a cost to serve or survey that has unknown
/// fields of its own or counts beyond 16 bits). Immutable; a change makes a new one.
///
/// The rare parts sit in an object of their own, so that a quarter whose only unusual thing
/// is a wide number (a sum of many amounts, as an import makes) costs 80 bytes more, not 200.
@usableFromInline final class FigureExtras: Sendable {
    /// The lower 32 bits of each wide number, by `QuarterFigures.Slot` (0 for the others).
    @usableFromInline struct LowerHalves: Sendable, Equatable {
        @usableFromInline var words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

        init() {}

        /// The lower half in `slot` (0 to 10).
        @inlinable subscript(slot: Int) -> UInt32 {
            get {
                precondition(slot >= 0 && slot < 11)
                return withUnsafeBytes(of: words) { $0.load(fromByteOffset: slot * 4, as: UInt32.self) }
            }
            set {
                precondition(slot >= 0 && slot < 11)
                withUnsafeMutableBytes(of: &words) { $0.storeBytes(of: newValue, toByteOffset: slot * 4, as: UInt32.self) }
            }
        }

        @usableFromInline static func == (lhs: LowerHalves, rhs: LowerHalves) -> Bool {
            (0..<11).allSatisfy { lhs[$0] == rhs[$0] }
        }
    }

    /// The rare parts.
    @usableFromInline struct Parts: Sendable, Equatable {
        var extra = JSONObject()
        @usableFromInline var costToServe: CostToServe?
        @usableFromInline var nps: NPSSurvey?
        @usableFromInline var csat: CSATSurvey?

        var isEmpty: Bool { extra.isEmpty && costToServe == nil && nps == nil && csat == nil }
    }

    /// The rare parts, in an object of their own.
    @usableFromInline final class Rare: Sendable {
        @usableFromInline let parts: Parts

        init(_ parts: Parts) { self.parts = parts }
    }

    @usableFromInline let lowerHalves: LowerHalves
    /// nil when there are no rare parts.
    @usableFromInline let rare: Rare?

    init(lowerHalves: LowerHalves, rare: Rare?) {
        self.lowerHalves = lowerHalves
        self.rare = rare
    }

    var extra: JSONObject { rare?.parts.extra ?? JSONObject() }
    @inlinable var costToServe: CostToServe? { rare?.parts.costToServe }
    @inlinable var nps: NPSSurvey? { rare?.parts.nps }
    @inlinable var csat: CSATSurvey? { rare?.parts.csat }
}
