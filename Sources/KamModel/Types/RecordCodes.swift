/// The one-byte codes the relationship records' kinds, roles and states are packed as
/// (`AccountRecords`): their declaration order, converted by a switch so that reading a
/// packed record never allocates (a synthesized `allCases` makes an array on each call).
extension BuyingRole {
    @usableFromInline var code: UInt8 {
        switch self {
        case .user: 0
        case .evaluator: 1
        case .decisionMaker: 2
        case .approver: 3
        }
    }

    @inlinable init(code: UInt8) {
        switch code & 3 {
        case 0: self = .user
        case 1: self = .evaluator
        case 2: self = .decisionMaker
        default: self = .approver
        }
    }
}

extension Attitude {
    @usableFromInline var code: UInt8 {
        switch self {
        case .mentor: 0
        case .supporter: 1
        case .neutral: 2
        case .nonSupporter: 3
        case .opponent: 4
        }
    }

    @inlinable init(code: UInt8) {
        switch code {
        case 0: self = .mentor
        case 1: self = .supporter
        case 2: self = .neutral
        case 3: self = .nonSupporter
        default: self = .opponent
        }
    }
}

extension Coverage {
    @usableFromInline var code: UInt8 { UInt8(ordinal) }

    @inlinable init(code: UInt8) {
        switch code & 3 {
        case 0: self = .none
        case 1: self = .brief
        case 2: self = .multiple
        default: self = .inDepth
        }
    }
}

extension ActivityKind {
    @usableFromInline var code: UInt8 {
        switch self {
        case .meeting: 0
        case .call: 1
        case .email: 2
        case .note: 3
        }
    }

    @inlinable init(code: UInt8) {
        switch code & 3 {
        case 0: self = .meeting
        case 1: self = .call
        case 2: self = .email
        default: self = .note
        }
    }
}

extension OpportunityStage {
    @usableFromInline var code: UInt8 { UInt8(ordinal) }

    @inlinable init(code: UInt8) {
        switch code {
        case 0: self = .contacted
        case 1: self = .demoProvided
        case 2: self = .proposalSent
        case 3: self = .won
        case 4: self = .paymentIssued
        default: self = .lost
        }
    }
}

extension ObjectiveStatus {
    @usableFromInline var code: UInt8 {
        switch self {
        case .notStarted: 0
        case .inProgress: 1
        case .done: 2
        case .dropped: 3
        }
    }

    @inlinable init(code: UInt8) {
        switch code & 3 {
        case 0: self = .notStarted
        case 1: self = .inProgress
        case 2: self = .done
        default: self = .dropped
        }
    }
}
