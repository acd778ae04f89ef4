import KamModel

/// The short texts of the demo: activity logs, deal names, plan objectives and account notes.
enum DemoText {
    /// Activity texts by kind.
    static func activities(_ kind: ActivityKind) -> [String] {
        switch kind {
        case .meeting: meetings
        case .call: calls
        case .email: emails
        case .note: notes
        }
    }

    static let meetings = [
        "QBR with procurement: volume forecast for H2 agreed",
        "Quarterly business review: service levels on track, two open quality claims",
        "Site visit at the main plant: walked the line with operations",
        "Executive sponsor meeting: agreed joint roadmap for next year",
        "Workshop on demand planning with the supply-chain team",
        "Price review meeting: index clause accepted, rebate scheme under discussion",
        "Innovation day at our lab: two pilot ideas shortlisted",
        "Kick-off for the new framework agreement",
        "Steering committee: rollout to the second site approved",
        "Lunch with the head of operations: concerns about delivery reliability",
        "Contract renewal negotiation, round two",
        "Training session for the new buyers",
    ]

    static let calls = [
        "Call with the category manager about the tender timeline",
        "Follow-up call on the late deliveries in week 32",
        "Checked in with our mentor: budget freeze likely lifted next quarter",
        "Call with finance about overdue invoices",
        "Escalation call: replacement parts shipped express",
        "Discussed forecast changes for the holiday peak",
        "Call with IT about the EDI connection",
        "Reference call arranged for a prospect",
        "Quick call to confirm the new delivery schedule",
        "Call about the audit findings and corrective actions",
    ]

    static let emails = [
        "Sent the revised proposal with volume tiers",
        "Shared the quarterly service report",
        "Sent meeting notes and action items from the QBR",
        "Answered the questionnaire for the supplier rating",
        "Sent updated price list valid from next quarter",
        "Confirmed dates for the site visit",
        "Sent case study and ROI calculation",
        "Shared draft of the joint account plan",
    ]

    static let notes = [
        "New head of procurement starts next month; arrange an introduction",
        "Competitor offered 8% lower price on standard items",
        "Customer plans to consolidate suppliers next year",
        "Internal review: cost to serve too high, renegotiate service terms",
        "Budget cycle starts in September; get on the shortlist early",
        "Rumour of a merger with a regional competitor",
        "Customer asked for carbon footprint data per delivery",
        "Open invoices cleared after escalation",
    ]

    static let opportunities = [
        "Framework agreement renewal", "Service contract extension", "Predictive maintenance pilot",
        "Second site rollout", "EDI ordering integration", "Spare-parts consignment stock",
        "Volume increase for new product line", "Training programme for operators",
        "Managed inventory service", "Upgrade to premium support", "Packaging redesign project",
        "Sustainability reporting add-on", "Regional expansion", "Replacement of legacy equipment",
        "Annual volume tender", "Joint development project",
    ]

    static let objectives = [
        "Establish executive sponsor at C-level", "Win the annual volume tender",
        "Expand into the second plant", "Agree a joint innovation roadmap",
        "Reduce cost to serve by 10% through EDI ordering", "Raise NPS above 40",
        "Map the buying centre for the new business unit", "Renew the framework agreement for three years",
        "Move deliveries to the standard logistics network", "Introduce the premium service tier",
        "Run two co-development workshops", "Train the customer's new buyers",
        "Cut issue resolution time to three days", "Grow share of wallet to 50%",
    ]

    /// A short note on the account, from its situation.
    static func note(_ p: AccountProfile, window: [Quarter], random r: inout DemoRandom) -> String {
        switch p.status {
        case .new:
            return "Won in \(window[p.firstQuarter]) after a competitive tender; onboarding and ramp-up under way."
        case .returning:
            return "Came back in \(window[p.firstQuarter]) after two years with a competitor; rebuild trust step by step."
        case .lost:
            return r.pick(lostNotes)
        case .existing:
            break
        }
        if p.operatingMargin < 0 && p.tier <= .strategic { return r.pick(largeDestroyerNotes) }
        if p.operatingMargin < 0 { return r.pick(smallDestroyerNotes) }
        if p.tier == .key { return r.pick(keyNotes) }
        return r.pick(existingNotes)
    }

    static let lostNotes = [
        "Moved volume to a low-cost competitor; winding down open orders.",
        "Lost the tender on price; relationship with operations still good.",
        "Taken over by a group with a global supplier contract; volume fading out.",
    ]

    static let largeDestroyerNotes = [
        "Dedicated team, custom logistics and free engineering eat the margin; renegotiate service terms.",
        "Large volume but heavy discounts-as-services; review cost to serve with finance.",
        "Demands on-site support and weekly reporting; price does not cover it.",
    ]

    static let smallDestroyerNotes = [
        "Small orders with high handling cost; move to the web shop and standard delivery.",
        "Many rush orders and support tickets for little volume; consider minimum order values.",
        "Serve through the inside sales team instead of field visits.",
    ]

    static let keyNotes = [
        "Long-standing partner; joint roadmap reviewed twice a year.",
        "Strategic partner with executive sponsorship on both sides.",
        "Anchor account in the segment; reference customer for new offers.",
    ]

    static let existingNotes = [
        "Stable business; look for cross-selling in services.",
        "Solid relationship with operations, weaker with procurement.",
        "Growing with the customer's expansion into new markets.",
        "Price sensitive; bundle services to defend the margin.",
        "Good share of wallet; keep service levels high.",
        "Decision making moved to the group purchasing office.",
    ]
}
