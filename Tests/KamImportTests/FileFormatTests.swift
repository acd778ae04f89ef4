import Foundation
import KamModel
import Testing
@testable import KamImport

/// How the CSV itself is read: quoting, line ends, byte-order marks, separators, line numbers.
@Suite struct FileFormatTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = #"""
            Account,Name,Date,Revenue
            A1,"Smith, Jones & ""Partners""",2024-01-15,100
            A2,"Two
            line name",2024-02-01,50

            """#
        let orders = try TestSupport.read(text)
        #expect(orders.rejected.isEmpty)
        #expect(orders.account("A1")?.name == "Smith, Jones & \"Partners\"")
        #expect(orders.account("A2")?.name == "Two\nline name")
    }

    @Test func readsCRLFLineEndingsAndAUTF8ByteOrderMark() throws {
        let text = "Customer ID,Order Date,Sales\r\nA1,2024-01-15,10\r\nA1,2024-04-15,20\r\n"
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        let orders = try OrderLineImport.read(data: data)
        #expect(orders.columns.first?.header == "Customer ID")
        #expect(orders.account("A1")?.quarters[Quarter(year: 2024, quarter: 1)]?.revenue == 10)
        #expect(orders.account("A1")?.quarters[Quarter(year: 2024, quarter: 2)]?.revenue == 20)
        #expect(orders.rowsRead == 2)
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let text = "account,date,revenue\nÄ1,2024-01-15,3\n"
        let data = Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let orders = try OrderLineImport.read(data: data)
        #expect(orders.account("Ä1")?.quarters.first?.value.revenue == 3)
        #expect(orders.columns.first?.header == "account")
    }

    @Test func readsWindows1252WhenTheFileIsNotUTF8() throws {
        var data = Data("Kunde,Firma,Datum,Umsatz\nK1,".utf8)
        data.append(contentsOf: [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72]) // "Müller" in Windows-1252
        data.append(contentsOf: Data(",2024-03-01,5\n".utf8))
        let orders = try OrderLineImport.read(data: data)
        #expect(orders.account("K1")?.name == "Müller")
        #expect(orders.notes.count == 1)
    }

    @Test func detectsSemicolonSeparatedFilesWithDecimalCommas() throws {
        let text = #"""
            Kunde;Kundenname;Datum;Umsatz;Rohertrag
            K1;"Müller; GmbH";15.01.2024;1.234,56;200,5
            K1;Müller GmbH;20.02.2024;-10,00;-1,5
            K2;Schmidt AG;31.03.2024;500;100

            """#
        let orders = try TestSupport.read(text)
        #expect(orders.delimiter == ";")
        #expect(orders.decimalSeparator == .comma)
        #expect(orders.dateFormat.description == "d.M.yyyy")
        let q1 = try #require(orders.account("K1")?.quarters[Quarter(year: 2024, quarter: 1)])
        #expect(abs(q1.revenue - 1_224.56) < 1e-9)
        #expect(q1.grossProfit == 199)
        #expect(orders.account("K1")?.name == "Müller; GmbH")
    }

    @Test func detectsTabSeparatedFiles() throws {
        let orders = try TestSupport.read("account\tdate\trevenue\nA\t2024-05-05\t7\n")
        #expect(orders.delimiter == "\t")
        #expect(orders.totalRevenue == 7)
    }

    @Test func rejectedRowsCarryThePhysicalLineWhereTheRecordStarts() throws {
        let text = #"""
            Customer ID,Customer Name,Order Date,Sales
            A1,"Name spanning
            three
            lines",2024-01-01,10
            ,No Id,2024-01-02,10
            A2,Bad date,2024-13-01,10

            A3,"Bad ""amount""",2024-01-03,ten
            A4,Short row
            A5,"Good
            again",2024-01-04,1
            """#
        let orders = try TestSupport.read(text)
        #expect(orders.rejected == [
            RejectedRow(line: 5, reason: "Customer ID is empty"),
            RejectedRow(line: 6, reason: "Order Date \"2024-13-01\" is not a date in yyyy-MM-dd"),
            RejectedRow(line: 8, reason: "Sales \"ten\" is not a number"),
            RejectedRow(line: 9, reason: "has 2 fields but the header has 4"),
        ])
        #expect(orders.rowsRead == 6)
        #expect(orders.rowsUsed == 2)
        #expect(orders.blankLines == 1)
        #expect(orders.rejected[0].description == "line 5: Customer ID is empty")
    }

    @Test func lineNumbersCountCRLFInsideQuotedFieldsOnce() throws {
        let text = "account,date,revenue\r\n\"A\r\n1\",2024-01-01,1\r\nB,2024-01-01,x\r\n"
        let orders = try TestSupport.read(text)
        #expect(orders.rejected.map(\.line) == [4])
    }

    @Test func aRowWithSeveralProblemsListsThemAll() throws {
        let orders = try TestSupport.read("account,date,revenue,profit\nA,2024-01-01,1,1\n,someday,,1x\n")
        #expect(orders.rejected.first?.reason
            == "account is empty; date \"someday\" is not a date in yyyy-MM-dd; revenue is empty; profit \"1x\" is not a number")
    }

    @Test func strictImportFailsAtTheFirstUnusableRow() throws {
        let text = "account,date,revenue\nA,2024-01-01,1\nB,2024-02-30,2\nC,2024-01-01,x\n"
        #expect(throws: ImportError.rejectedRow(RejectedRow(line: 3, reason: "date \"2024-02-30\" is not a date in yyyy-MM-dd"))) {
            try TestSupport.read(text, ImportOptions(strict: true))
        }
        #expect(try TestSupport.read(text).rejected.count == 2)
    }

    @Test func aFileThatCannotBeReadSaysWhich() {
        let error = #expect(throws: ImportError.self) { try OrderLineImport.read(path: "/nonexistent/orders.csv") }
        #expect(error?.description.hasPrefix("cannot read /nonexistent/orders.csv: ") == true)
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(throws: ImportError.noHeader) { try TestSupport.read("\n\n") }
    }

    @Test func textIsTrimmedButOtherwiseKeptAsFound() throws {
        let orders = try TestSupport.read("account,name,date,revenue\n  A1 , \u{1B}[31mRed\t,2024-01-01, 5 \n")
        #expect(orders.account("A1")?.name == "\u{1B}[31mRed")
        #expect(orders.totalRevenue == 5)
    }
}
