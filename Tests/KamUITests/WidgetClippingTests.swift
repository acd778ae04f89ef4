import Testing
@testable import KamUI

/// Every widget, with content larger than the areas it is drawn into.
let everyWidget: [(name: String, widget: any Widget)] = {
    let long = String(repeating: "Globex Corporation 日本 ", count: 4)
    let rows = (0..<40).map { TableRow.body([TableCell(long), TableCell("\($0)", role: .bad)]) }
    let bars = (0..<60).map { ChartBar(long, value: Double($0 % 7) - 3, valueText: "\($0)") }
    let sections = (0..<6).map { _ in HelpSection(long, (0..<5).map { KeyHint("ctrl-\($0)", long) }) }
    return [
        ("Table", Table(columns: [TableColumn("Name"), TableColumn("N", width: .fixed(3))], rows: rows,
                        sort: TableSort(column: 0, ascending: true), scroll: TableScroll(selected: 30))),
        ("Box", Box(title: long, focused: true)),
        ("StatusLine", StatusLine(left: long, right: long, hints: [KeyHint("q", long)])),
        ("BarChart", BarChart(bars: bars)),
        ("HorizontalBarChart", HorizontalBarChart(bars: bars)),
        ("Sparkline", Sparkline(values: bars.map(\.value))),
        ("Gauge", Gauge(percent: 70, label: long, role: .good)),
        ("HelpOverlay", HelpOverlay(sections: sections, offset: 3)),
        ("TextInputLine", TextInputLine(prompt: long, input: TextInput(long), completions: [long, long])),
        ("ConfirmDialog", ConfirmDialog(question: long)),
        ("LineChart", LineChart(points: bars.map(\.value), references: [LineChart.Reference(1, label: long)])),
        ("TooSmallMessage", TooSmallMessage(requiredWidth: 80, requiredHeight: 24)),
        ("ScrollBar", ScrollBar(total: 100, offset: 50)),
    ]
}()

@Suite struct WidgetClippingTests {
    /// A 40x20 buffer full of `x`, so any cell a widget touches shows.
    func background() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 40, height: 20)
        buffer.fill(buffer.area, "x")
        return buffer
    }

    @Test(arguments: [
        Rect(x: 5, y: 3, width: 12, height: 6), Rect(x: 5, y: 3, width: 1, height: 1),
        Rect(x: 5, y: 3, width: 30, height: 1), Rect(x: 5, y: 3, width: 2, height: 15),
    ])
    func widgetsNeverDrawOutsideTheirArea(area: Rect) {
        for (name, widget) in everyWidget {
            var buffer = background()
            widget.render(in: area, buffer: &buffer)
            for y in 0..<buffer.height {
                for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                    #expect(buffer[x, y] == Cell("x"), "\(name) drew at (\(x), \(y)) outside \(area)")
                }
            }
        }
    }

    @Test(arguments: [Rect(x: 5, y: 3, width: 0, height: 0), Rect(x: 5, y: 3, width: 10, height: 0),
                      Rect(x: 5, y: 3, width: 0, height: 10)])
    func anEmptyAreaDrawsNothing(area: Rect) {
        for (name, widget) in everyWidget {
            var buffer = background()
            widget.render(in: area, buffer: &buffer)
            #expect(buffer == background(), "\(name) drew into an empty area")
        }
    }

    @Test func areasReachingPastTheBufferAreClipped() {
        for (_, widget) in everyWidget {
            var buffer = background()
            widget.render(in: Rect(x: 30, y: 15, width: 30, height: 12), buffer: &buffer)
            widget.render(in: Rect(x: -5, y: -3, width: 12, height: 8), buffer: &buffer)
            #expect(buffer.width == 40 && buffer.height == 20)
        }
    }

    @Test func everyWidgetDrawsSomethingInAReasonableArea() {
        for (name, widget) in everyWidget {
            var buffer = background()
            widget.render(in: Rect(x: 0, y: 0, width: 40, height: 20), buffer: &buffer)
            #expect(buffer != background(), "\(name) drew nothing")
        }
    }
}
