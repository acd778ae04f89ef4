import Testing
@testable import KamUI

@Suite struct TableTests {
    let columns = [
        TableColumn("Account", width: .flexible(min: 6, max: 12)),
        TableColumn("Revenue", width: .fixed(8), alignment: .right),
        TableColumn("Status", width: .fixed(6)),
    ]

    var portfolio: Table {
        Table(columns: columns, rows: [
            .group("North"),
            .body(["Acme", "1,200", "green"]),
            .body(["Globex Corporation Intl", "950", TableCell("red", role: .bad)]),
            .total(["Total", "2,150", ""]),
        ], sort: TableSort(column: 1, ascending: false), scroll: TableScroll(selected: 1))
    }

    @Test func drawsHeaderSortMarkGroupBodyAndTotalRows() {
        let buffer = draw(portfolio, width: 30, height: 6)
        expectScreen(buffer, """
            Account      Revenue▼ Status
            North
            Acme            1,200 green
            Globex Corp…      950 red
            Total           2,150
            """)
    }

    @Test("a cell too wide for its column draws its first shorter form that fits, not a misleading cut")
    func shorterFormsFitTheColumn() {
        func table(nameWidth: Int) -> Table {
            Table(columns: [TableColumn("Account", width: .fixed(nameWidth)),
                            TableColumn("Revenue", width: .fixed(7), alignment: .right)],
                  rows: [
                      .body(["Acme", "1,200"]),
                      .total([TableCell("Total (100000)", shorter: ["Total 100000", "(100000)"]), "2,150"]),
                      .total([TableCell("Subtotal (12345)", shorter: ["Subtotal 12345", "(12345)"]), "950"]),
                  ])
        }
        expectScreen(draw(table(nameWidth: 9), width: 17, height: 4), """
            Account   Revenue
            Acme        1,200
            (100000)    2,150
            (12345)       950
            """)
        expectScreen(draw(table(nameWidth: 12), width: 20, height: 4), """
            Account      Revenue
            Acme           1,200
            Total 100000   2,150
            (12345)          950
            """)
        #expect(TableCell("Total (7)", shorter: ["Total 7"]).text(fitting: 12) == "Total (7)")
    }

    @Test func rowsAreStyledByKindSelectionAndCellRole() {
        let buffer = draw(portfolio, width: 30, height: 6)
        #expect(buffer[0, 0].style == Style(.header, bold: true))
        #expect(buffer[0, 1].style.role == .title)
        #expect((0..<28).allSatisfy { buffer[$0, 2].style.role == .selection })
        #expect(buffer[0, 3].style.role == .text)
        #expect(buffer[22, 3].style.role == .bad)
        #expect(buffer[0, 4].style == Style(.header, bold: true))
    }

    @Test func selectionIsNotShownWithoutFocus() {
        var table = portfolio
        table.showsSelection = false
        let buffer = draw(table, width: 30, height: 6)
        #expect(buffer[0, 2].style.role == .text)
    }

    @Test func asciiGlyphsMarkSortAndTruncation() {
        var table = portfolio
        table.glyphs = .ascii
        table.sort = TableSort(column: 0, ascending: true)
        let buffer = draw(table, width: 30, height: 6)
        #expect(buffer.line(0) == "Account^      Revenue Status")
        #expect(buffer.line(3) == "Globex Corp~      950 red")
    }

    @Test func scrollsToKeepTheSelectionVisibleAndShowsAScrollBar() {
        let rows = (0..<10).map { TableRow.body([TableCell("row \($0)")]) }
        let table = Table(columns: [TableColumn("Name")], rows: rows, scroll: TableScroll(selected: 5, offset: 0))
        let buffer = draw(table, width: 12, height: 4)
        expectScreen(buffer, """
            Name
            row 3      │
            row 4      █
            row 5      │
            """)
        #expect(buffer[0, 3].style.role == .selection)
        #expect(table.row(atScreenY: 2, in: buffer.area) == 4)
        #expect(table.row(atScreenY: 0, in: buffer.area) == nil)
    }

    @Test func widthsOfWideCharactersAreRespected() {
        let table = Table(columns: [TableColumn("Name", width: .fixed(5)), TableColumn("X", width: .fixed(1))],
                          rows: [.body(["日本語テキスト", "x"])])
        let buffer = draw(table, width: 10, height: 2)
        #expect(buffer.line(1) == "日本… x")
    }

    @Test func escapeSequencesAndControlCharactersInCellsAreNeutralised() {
        let table = Table(columns: [TableColumn("Name", width: .fixed(12)), TableColumn("Note", width: .fixed(8))],
                          rows: [.body(["\u{1B}[31mRED\u{1B}[0m", "a\u{07}b\nc\u{9B}"]), .group("\u{1B}]0;pwned\u{07}x")])
        let buffer = draw(table, width: 21, height: 3)
        #expect(buffer.line(1) == "?RED?        a?b?c?")
        #expect(buffer.line(2) == "?x")
        let controls = buffer.cells.flatMap { $0.character.unicodeScalars }.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty)
    }

    @Test func flexibleColumnsShareSpareRoomUpToTheirMaximum() {
        let columns = [
            TableColumn("A", width: .flexible(min: 2, max: 5)),
            TableColumn("B", width: .fixed(3)),
            TableColumn("C", width: .flexible(min: 2, max: 40)),
        ]
        #expect(TableColumn.widths(for: columns, available: 20, spacing: 1) == [5, 3, 10])
        #expect(TableColumn.widths(for: columns, available: 11, spacing: 1) == [3, 3, 3])
    }

    @Test func columnsThatDoNotFitAreCutFromTheRight() {
        let columns = [TableColumn("A", width: .fixed(4)), TableColumn("B", width: .fixed(4)), TableColumn("C", width: .fixed(4))]
        #expect(TableColumn.widths(for: columns, available: 7, spacing: 1) == [4, 2, 0])
        let table = Table(columns: columns, rows: [.body(["aaaa", "bbbb", "cccc"])])
        #expect(draw(table, width: 7, height: 2).line(1) == "aaaa b…")
    }
}
