import KamModel
import Testing
@testable import KamImport

/// `--columns` parsing and the recognition of common header names.
@Suite struct ColumnMappingTests {
    @Test func parsesFieldEqualsColumnPairs() throws {
        let mapping = try ColumnMapping(parsing: "account=Kd Nr, name = Firma Name ,date=Tag,revenue=Netto,cts.support=Support Cost,cts.account-team=Team")
        #expect(mapping.columns == [.account: "Kd Nr", .name: "Firma Name", .date: "Tag", .revenue: "Netto",
                                    .costToServe(.support): "Support Cost", .costToServe(.accountTeam): "Team"])
    }

    @Test func explainsMappingsItCannotUse() {
        #expect(throws: ImportError.invalidColumnMapping("\"account\" is not FIELD=COLUMN")) {
            try ColumnMapping(parsing: "account")
        }
        #expect(throws: ImportError.self) { try ColumnMapping(parsing: "acount=Customer") }
        #expect(throws: ImportError.invalidColumnMapping("no column name after \"date=\"")) {
            try ColumnMapping(parsing: "date=")
        }
        #expect(throws: ImportError.invalidColumnMapping("revenue is mapped twice")) {
            try ColumnMapping(parsing: "revenue=a,revenue=b")
        }
        let unknown = ImportError.invalidColumnMapping("unknown field \"acount\"; known fields: account, name, date, revenue, profit, segment, manager, industry, cts, cts.sales, cts.accountTeam, cts.support, cts.logistics, cts.other")
        #expect(throws: unknown) { try ColumnMapping(parsing: "acount=Customer") }
    }

    @Test func recognisesCommonHeaderNamesWithoutCaseOrPunctuation() throws {
        let cases: [([String], [ImportField: Int])] = [
            (["customer_id", "ACCOUNT NAME", "Invoice Date", "Net Sales", "Gross-Profit", "Account Manager"],
             [.account: 0, .name: 1, .date: 2, .revenue: 3, .profit: 4, .manager: 5]),
            (["Account", "Company", "Date", "Amount", "Margin", "Sales Rep", "Industry", "Segment"],
             [.account: 0, .name: 1, .date: 2, .revenue: 3, .profit: 4, .manager: 5, .industry: 6, .segment: 7]),
            (["Kunde", "Datum", "Umsatz", "Cost to Serve"], [.account: 0, .date: 1, .revenue: 2, .costToServeTotal: 3]),
            (["Row ID", "Order Date", "Ship Date", "Customer ID", "Customer Name", "Sales", "Profit"],
             [.date: 1, .account: 3, .name: 4, .revenue: 5, .profit: 6]),
        ]
        for (header, expected) in cases {
            #expect(try ColumnMapping().resolve(header: header) == expected, "\(header)")
        }
    }

    @Test func anExplicitMappingWinsOverRecognisedNames() throws {
        let text = "Customer ID,Order Date,Ship Date,Sales,Amount\nA,2024-01-01,2024-04-01,1,100\n"
        let orders = try TestSupport.read(text, ImportOptions(columns: "date=ship date,revenue=Amount", dateFormat: nil))
        #expect(orders.account("A")?.quarters.keys.first == Quarter(year: 2024, quarter: 2))
        #expect(orders.totalRevenue == 100)
        #expect(orders.columns.first { $0.field == .date }?.mapped == true)
    }

    @Test func aMissingRequiredColumnNamesTheColumnsFound() {
        let expected = ImportError.missingColumns(missing: ["date", "revenue"], found: ["Customer", "When", "Total"])
        #expect(throws: expected) { try TestSupport.read("Customer,When,Total\nA,2024-01-01,1\n") }
        #expect(expected.description.contains("columns found: \"Customer\", \"When\", \"Total\""))
    }

    @Test func aMappedColumnThatIsNotThereIsAnError() {
        #expect(throws: ImportError.unknownColumn(field: "revenue", column: "Netto", found: ["account", "date", "sales"])) {
            try TestSupport.read("account,date,sales\nA,2024-01-01,1\n", ImportOptions(columns: "revenue=Netto", dateFormat: nil))
        }
    }

    @Test func costToServeIsEitherATotalOrByCategory() {
        #expect(throws: ImportError.self) {
            try TestSupport.read("account,date,sales,cts,support\nA,2024-01-01,1,2,3\n",
                                 ImportOptions(columns: "cts.support=support", dateFormat: nil))
        }
    }
}
