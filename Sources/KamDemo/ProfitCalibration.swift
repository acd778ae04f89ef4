import KamModel

/// Tunes the planned operating margins so the portfolio shows the key-account profit pattern at any size.
///
/// With only 60 accounts, independent draws swing widely: one whale can own half the
/// profit, or the losses can be too shallow for a whale curve. Working on the planned
/// profit of the last quarter (which is linear in the operating margin, see
/// `AccountProfile.plannedProfit`):
/// 1. the most profitable accounts' margins are squeezed (large customers negotiate) until
///    the top fifth of accounts holds at most 52% of the profit of the profitable accounts;
///    an account squeezed below a 3% margin tips over into a value destroyer;
/// 2. the value destroyers' losses are scaled (then deepened by a common margin, which
///    weighs most on the large ones) so the top fifth earns about 78% of the total, which
///    puts the whale curve's peak at 78% / 52% = 150% of total profit or more.
enum ProfitCalibration {
    /// Highest share of the profitable accounts' profit that the top fifth may hold.
    static let topFifthOfPositive = 0.52
    /// The top fifth's planned share of total operating profit.
    static let topFifthOfTotal = 0.78
    /// The deepest operating margin an account is given.
    static let floor = -0.45
    /// The thinnest margin a squeezed account keeps before it tips into a loss.
    static let thinnest = 0.03

    static func apply(to profiles: inout [AccountProfile], window: [Quarter]) {
        guard let last = window.last else { return }
        let k = (profiles.count + 4) / 5
        let lines = profiles.map { $0.plannedProfit(at: window.count - 1, quarters: window.count,
                                                    season: $0.industry.seasonFactor(last)) }
        func planned(_ i: Int) -> Double { lines[i].base + lines[i].slope * profiles[i].operatingMargin }
        func setProfit(_ i: Int, _ profit: Double) {
            guard lines[i].slope > 0 else { return }
            profiles[i].operatingMargin = max(floor, (profit - lines[i].base) / lines[i].slope)
        }

        // 1. Cap the largest profits.
        var winners = profiles.indices.filter { planned($0) > 0 }
        guard k > 0, winners.count > k else { return }
        let profits = winners.map(planned).sorted(by: >)
        func topShare(cap: Double) -> Double {
            var top = 0.0
            var all = 0.0
            for (rank, p) in profits.enumerated() {
                let c = min(p, cap)
                all += c
                if rank < k { top += c }
            }
            return top / all
        }
        if topShare(cap: profits[0]) > topFifthOfPositive {
            var low = profits[k]
            var high = profits[0]
            for _ in 0..<60 {
                let mid = (low + high) / 2
                if topShare(cap: mid) > topFifthOfPositive { high = mid } else { low = mid }
            }
            for i in winners where planned(i) > low {
                setProfit(i, low)
                if profiles[i].operatingMargin < thinnest { profiles[i].operatingMargin = -thinnest }
            }
        }

        // 2. Scale the losses.
        winners = profiles.indices.filter { planned($0) > 0 }
        let losers = profiles.indices.filter { planned($0) < 0 }
        let sorted = winners.map(planned).sorted(by: >)
        let wanted = sorted.reduce(0, +) - sorted.prefix(k).reduce(0, +) / topFifthOfTotal
        let loss = losers.reduce(0) { $0 - planned($1) }
        guard loss > 0, wanted > 0 else { return }
        let scale = min(2, max(0.2, wanted / loss))
        for i in losers { setProfit(i, planned(i) * scale) }
        // Still short: deepen every loss by the same margin, which weighs on the larger
        // destroyers most (a few whales that cost more than they earn).
        for _ in 0..<4 {
            let shortfall = wanted + losers.reduce(0) { $0 + planned($1) }
            let room = losers.reduce(0.0) { profiles[$1].operatingMargin > floor ? $0 + lines[$1].slope : $0 }
            guard shortfall > 0.001 * wanted, room > 0 else { return }
            let shift = shortfall / room
            for i in losers { profiles[i].operatingMargin = max(floor, profiles[i].operatingMargin - shift) }
        }
    }
}
