import KamModel

/// Checks order lines one by one and sums the usable ones per account and quarter.
struct OrderAggregator {
    private let table: RawOrderTable
    private let dateFormat: DatePattern
    private let amounts: AmountParser
    private let accountSlot: Int, dateSlot: Int, revenueSlot: Int
    private let profitSlot: Int?, nameSlot: Int?, segmentSlot: Int?, industrySlot: Int?, managerSlot: Int?
    private let costTotalSlot: Int?
    private let costSlots: [(category: CostCategory, slot: Int)]
    private var index: [String: Int] = [:]
    /// The accounts so far, in order of first appearance.
    private(set) var accounts: [ImportedAccount] = []

    init(table: RawOrderTable, dateFormat: DatePattern, amounts: AmountParser) {
        self.table = table
        self.dateFormat = dateFormat
        self.amounts = amounts
        // The required fields are present: `ColumnMapping.resolve` checks them.
        accountSlot = table.slot(.account) ?? 0
        dateSlot = table.slot(.date) ?? 0
        revenueSlot = table.slot(.revenue) ?? 0
        profitSlot = table.slot(.profit)
        nameSlot = table.slot(.name)
        segmentSlot = table.slot(.segment)
        industrySlot = table.slot(.industry)
        managerSlot = table.slot(.manager)
        costTotalSlot = table.slot(.costToServeTotal)
        costSlots = CostCategory.allCases.compactMap { category in
            table.slot(.costToServe(category)).map { (category, $0) }
        }
    }

    /// Adds one row to its account's quarter; returns why it cannot be used instead when it cannot.
    mutating func add(_ row: RawOrderTable.Row) -> RejectedRow? {
        if let count = row.fieldCountIfShort {
            return RejectedRow(line: row.line, reason:
                "has \(count) field\(count == 1 ? "" : "s") but the header has \(table.headerFieldCount)")
        }
        var problems: [String] = []
        let cells = row.cells
        let id = cells[accountSlot]
        if id.isEmpty { problems.append("\(table.headers[accountSlot]) is empty") }
        var day: Day?
        if cells[dateSlot].isEmpty {
            problems.append("\(table.headers[dateSlot]) is empty")
        } else {
            day = dateFormat.day(from: cells[dateSlot])
            if day == nil {
                problems.append("\(table.headers[dateSlot]) \"\(cells[dateSlot])\" is not a date in \(dateFormat)")
            }
        }
        func amount(_ slot: Int, emptyIsZero: Bool = false) -> Double? {
            let text = cells[slot]
            if text.isEmpty {
                if emptyIsZero { return 0 }
                problems.append("\(table.headers[slot]) is empty")
                return nil
            }
            guard let value = amounts.amount(text) else {
                problems.append("\(table.headers[slot]) \"\(text)\" is not a number")
                return nil
            }
            return value
        }
        let revenue = amount(revenueSlot)
        let profit = profitSlot.flatMap { amount($0) }
        let costTotal = costTotalSlot.flatMap { amount($0, emptyIsZero: true) }
        let costs = costSlots.map { ($0.category, amount($0.slot, emptyIsZero: true)) }
        guard problems.isEmpty, let day, let revenue else {
            return RejectedRow(line: row.line, reason: problems.joined(separator: "; "))
        }

        let position: Int
        if let existing = index[id] {
            position = existing
        } else {
            position = accounts.count
            index[id] = position
            accounts.append(ImportedAccount(id: id, name: "", segment: "", industry: "", manager: "", quarters: [:]))
        }
        accounts[position].fillEmpty(\.name, from: nameSlot.map { cells[$0] })
        accounts[position].fillEmpty(\.segment, from: segmentSlot.map { cells[$0] })
        accounts[position].fillEmpty(\.industry, from: industrySlot.map { cells[$0] })
        accounts[position].fillEmpty(\.manager, from: managerSlot.map { cells[$0] })

        let quarter = Quarter(containing: day)
        var figures = accounts[position].quarters[quarter] ?? ImportedQuarter()
        figures.revenue += revenue
        figures.orderLines += 1
        if let profit { figures.grossProfit = (figures.grossProfit ?? 0) + profit }
        if costTotalSlot != nil || !costs.isEmpty {
            var cost = figures.costToServe ?? CostToServe()
            if let costTotal { cost.other += costTotal }
            for (category, value) in costs { cost[category] += value ?? 0 }
            figures.costToServe = cost
        }
        accounts[position].quarters[quarter] = figures
        return nil
    }
}

extension ImportedAccount {
    /// Sets a text attribute from the file when it is still empty.
    fileprivate mutating func fillEmpty(_ keyPath: WritableKeyPath<ImportedAccount, String>, from value: String?) {
        if self[keyPath: keyPath].isEmpty, let value { self[keyPath: keyPath] = value }
    }
}
