import KamModel
import Testing
@testable import KamReports

/// Each renderer on a small hand-made report, against the exact expected output.
@Suite struct RendererTests {
    /// Two accounts, a total row and two headline figures, with no-data cells.
    static let document = ReportDocument(
        kind: "sample", title: "Sample", workspace: "Acme", currency: "EUR",
        period: .quarter(qtr("2025Q3")), today: day("2025-10-01"),
        notes: ["One note."],
        facts: [ReportFact("totalProfit", "Total profit", .amount(1234567.891)),
                ReportFact("topShare", "Top share", .fraction(0.8))],
        tables: [ReportTable(
            key: "accounts", title: "Ranking",
            columns: [ReportColumn("id", "ID", .text), ReportColumn("revenue", "Revenue", .amount),
                      ReportColumn("growth", "Growth", .percent), ReportColumn("share", "Share", .fraction),
                      ReportColumn("status", "Status", .status), ReportColumn("last", "Last", .date)],
            rows: [[.text("A-1"), .amount(1500.5), .percent(4.25, signed: true), .fraction(0.125),
                    .status(.green), .date(day("2025-09-30"))],
                   [.text("B-22"), .noData, .percent(-2), .noData, .noData, .noData]],
            total: [.notApplicable, .amount(1500.5), .percent(1.1, signed: true), .fraction(1), .status(.amber),
                    .notApplicable])])

    @Test("text: title line, aligned columns, separators, one-decimal percentages, dashes for no data")
    func text() {
        let expected = """
        Sample — Acme — 2025Q3
        Amounts in EUR; as of 2025-10-01.

        One note.

        Total profit  1,234,568
        Top share         80.0%

        Ranking
        ID    Revenue  Growth   Share  Status  Last
        ----  -------  ------  ------  ------  ----------
        A-1     1,501   +4.3%   12.5%  Green   2025-09-30
        B-22        –   -2.0%       –  –       –
        ----  -------  ------  ------  ------  ----------
                1,501   +1.1%  100.0%  Amber

        """
        #expect(Self.document.rendered(as: .text) == expected)
    }

    @Test("markdown: heading, figure table, GitHub table with right-aligned numbers and a bold total")
    func markdown() {
        let expected = """
        # Sample — Acme — 2025Q3

        Amounts in EUR; as of 2025-10-01.

        - One note.

        | Figure | Value |
        | --- | ---: |
        | Total profit | 1,234,568 |
        | Top share | 80.0% |

        ### Ranking

        | ID | Revenue | Growth | Share | Status | Last |
        | --- | ---: | ---: | ---: | --- | --- |
        | A-1 | 1,501 | +4.3% | 12.5% | Green | 2025-09-30 |
        | B-22 | – | -2.0% | – | – | – |
        |  | **1,501** | **+1.1%** | **100.0%** | **Amber** |  |

        """
        #expect(Self.document.rendered(as: .markdown) == expected)
    }

    @Test("csv: header of keys, exact numbers, fractions, empty no data, CRLF, a rowType column for totals")
    func csv() {
        let expected = "rowType,id,revenue,growth,share,status,last\r\n"
            + "row,A-1,1500.5,4.25,0.125,green,2025-09-30\r\n"
            + "row,B-22,,-2,,,\r\n"
            + "total,,1500.5,1.1,1,amber,\r\n"
        #expect(Self.document.rendered(as: .csv) == expected)
    }

    @Test("json: stable key order, exact numbers, null for no data, total as an object")
    func json() {
        let expected = """
        {
          "report": "sample",
          "title": "Sample",
          "workspace": "Acme",
          "currency": "EUR",
          "period": {
            "from": "2025Q3",
            "to": "2025Q3"
          },
          "today": "2025-10-01",
          "notes": [
            "One note."
          ],
          "totalProfit": 1234567.891,
          "topShare": 0.8,
          "accounts": [
            {
              "id": "A-1",
              "revenue": 1500.5,
              "growth": 4.25,
              "share": 0.125,
              "status": "green",
              "last": "2025-09-30"
            },
            {
              "id": "B-22",
              "revenue": null,
              "growth": -2,
              "share": null,
              "status": null,
              "last": null
            }
          ],
          "total": {
            "id": null,
            "revenue": 1500.5,
            "growth": 1.1,
            "share": 1,
            "status": "amber",
            "last": null
          }
        }

        """
        #expect(Self.document.rendered(as: .json) == expected)
    }

    /// A grouped document: a portfolio table and one block per manager.
    static let grouped = ReportDocument(
        kind: "sample", title: "Sample", workspace: "Acme", currency: "EUR",
        period: .range(from: qtr("2025Q2"), to: qtr("2025Q3")), today: day("2025-10-01"),
        facts: [ReportFact("count", "Accounts", .count(2))],
        tables: [ReportTable(key: "rows", columns: [ReportColumn("id", "ID", .text), ReportColumn("n", "N", .count)],
                             rows: [[.text("x"), .count(1200)]])],
        groupedBy: "manager",
        groups: [ReportGroup(key: "m1", name: "Ann", facts: [ReportFact("count", "Accounts", .count(1))],
                             tables: [ReportTable(key: "rows", columns: [ReportColumn("id", "ID", .text),
                                                                         ReportColumn("n", "N", .count)],
                                                  rows: [[.text("y"), .count(3)]])])])

    @Test("grouped text: a block per group under a heading; a range shows with an en dash")
    func groupedText() {
        let expected = """
        Sample — Acme — 2025Q2–2025Q3
        Amounts in EUR; as of 2025-10-01.

        Accounts  2

        ID      N
        --  -----
        x   1,200

        == Manager: Ann ==

        Accounts  1

        ID  N
        --  -
        y   3

        """
        #expect(Self.grouped.rendered(as: .text) == expected)
    }

    @Test("text: a table with only a total row has a single rule under the header")
    func totalOnly() {
        let table = ReportTable(key: "t", columns: [ReportColumn("name", "Name", .text), ReportColumn("n", "N", .count)],
                                rows: [], total: [.text("Total"), .count(5)])
        #expect(TextRenderer.tableLines(table) == ["Name   N", "-----  -", "Total  5"])
    }

    @Test("grouped csv: one header, the group's name in a first column, empty for portfolio rows")
    func groupedCSV() {
        #expect(Self.grouped.rendered(as: .csv) == "manager,id,n\r\n,x,1200\r\nAnn,y,3\r\n")
    }

    @Test("grouped json: groupedBy and one object per group with its figures and tables")
    func groupedJSON() throws {
        let text = Self.grouped.rendered(as: .json)
        guard case .object(let top) = try JSONParser.parse(Array(text.utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(top.keys == ["report", "title", "workspace", "currency", "period", "today", "notes", "count", "rows",
                             "groupedBy", "groups"])
        #expect(top["period"] == .object(JSONObject([("from", .string("2025Q2")), ("to", .string("2025Q3"))])))
        #expect(top["groupedBy"] == .string("manager"))
        let group = JSONValue.object(JSONObject([
            ("key", .string("m1")), ("name", .string("Ann")), ("notes", .array([])), ("count", .number(1)),
            ("rows", .array([.object(JSONObject([("id", .string("y")), ("n", .number(3))]))])),
        ]))
        #expect(top["groups"] == .array([group]))
    }
}
