import Foundation
import KamModel
@testable import KamReports

/// A quarter from a literal such as `2025Q2`.
func qtr(_ text: String) -> Quarter {
    guard let q = Quarter(text) else { fatalError("bad quarter literal \(text) in a test") }
    return q
}

/// A day from a literal such as `2025-07-01`.
func day(_ text: String) -> Day {
    guard let d = Day(text) else { fatalError("bad day literal \(text) in a test") }
    return d
}


/// Test settings read from the environment.
enum Environment {
    /// Where the demo tests write every rendered report for reading by eye
    /// (`KAM_REPORTS_DUMP=/tmp/reports swift test --filter KamReportsTests`); nil to write none.
    static var dumpDirectory: String? { ProcessInfo.processInfo.environment["KAM_REPORTS_DUMP"] }
}

/// A small portfolio whose figures can be checked by hand (see `HandWorkspaceTests`).
///
/// 2025Q2, today 2025-07-01:
/// - A (Ann Lee, Retail, key): revenue 1,000, gross profit 300, cost 100, spend 4,000, NPS
///   answers 3/1/1; 2025Q1 revenue 800; a meeting on 2025-06-20.
/// - B (Ann Lee, Retail): revenue 500, gross profit 120, cost 170; 2025Q1 revenue 500.
/// - C (Bo Chan, Wholesale): figures only in 2025Q1 (revenue 300).
/// One KPI: gross margin, target 30, tolerance 10%.
enum HandWorkspace {
    static let today = day("2025-07-01")

    static func figures(_ revenue: Double?, _ grossProfit: Double?, _ cost: Double?, spend: Double? = nil,
                        nps: NPSSurvey? = nil) -> QuarterFigures {
        QuarterFigures(revenue: revenue, grossProfit: grossProfit, costToServe: cost.map { CostToServe(sales: $0) },
                       categorySpend: spend, nps: nps)
    }

    static let workspace = Workspace(
        name: "Hand", currency: "EUR",
        managers: [Manager(id: "m1", name: "Ann Lee"), Manager(id: "m2", name: "Bo Chan")],
        accounts: [
            Account(id: "A", name: "Alpha", manager: "m1", segment: "Retail", tier: .key,
                    quarters: [qtr("2025Q1"): figures(800, 240, 40),
                               qtr("2025Q2"): figures(1000, 300, 100, spend: 4000,
                                                      nps: NPSSurvey(promoters: 3, passives: 1, detractors: 1))],
                    activities: [Activity(id: "a1", date: day("2025-06-20"), kind: .meeting, text: "Review")]),
            Account(id: "B", name: "Beta", manager: "m1", segment: "Retail",
                    quarters: [qtr("2025Q1"): figures(500, 100, 50), qtr("2025Q2"): figures(500, 120, 170)]),
            Account(id: "C", name: "Gamma", manager: "m2", segment: "Wholesale",
                    quarters: [qtr("2025Q1"): figures(300, 90, 30)]),
        ],
        scorecard: ScorecardDefinition(perspectives: [
            Perspective(id: "fin", name: "Financial", kpis: [
                KPI(id: "gm", name: "Gross margin", metric: .builtIn(.grossMargin), target: 30, tolerance: 0.1),
            ]),
        ]))
}

/// Reading cells of a report document by row and column key.
extension ReportTable {
    /// The row whose `id` cell is `.text(id)`.
    func row(id: String) -> [String: ReportValue]? {
        guard let i = columns.firstIndex(where: { $0.key == "id" }),
              let row = rows.first(where: { $0[i] == .text(id) }) else { return nil }
        return cells(row)
    }

    /// The total row by column key.
    var totalCells: [String: ReportValue]? { total.map(cells) }

    func cells(_ row: [ReportValue]) -> [String: ReportValue] {
        Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row))
    }
}

extension ReportDocument {
    /// The value of the headline figure `key`.
    func fact(_ key: String) -> ReportValue? { facts.first { $0.key == key }?.value }
}

/// Whether a report value holds `expected` within `tolerance` (any numeric case).
func approx(_ value: ReportValue?, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool {
    switch value {
    case .amount(let v)?, .percent(let v, _)?, .fraction(let v)?, .score(let v)?, .number(let v, _)?:
        abs(v - expected) <= tolerance
    case .count(let n)?: Double(n) == expected
    default: false
    }
}

/// A minimal RFC 4180 reader for checking csv output: quoted fields, doubled quotes, CRLF.
enum CSVRecords {
    /// The records of `text`, each a list of fields.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? chars.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                record.append(field); field = ""
            } else if ch == "\r\n" || ch == "\n" {
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.append(ch)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
