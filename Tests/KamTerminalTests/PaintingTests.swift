@testable import KamTerminal
import KamModel
import KamUI
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension NcursesTests {
    @Suite("Painting a headless screen")
    struct PaintingTests {
        @Test("a painted buffer reads back cell by cell: text, wide character, attributes, colours")
        func paintsCells() throws {
            let screen = try headlessScreen()
            defer { screen.end() }
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.write("Acme", x: 0, y: 0, style: Style(.text, bold: true))
            buffer.write("日本", x: 10, y: 1, style: Style(.text, underline: true))
            buffer.write("Loss", x: 0, y: 2, style: Style(.bad))
            buffer.write("Sel", x: 0, y: 3, style: Style(.selection, reverse: true))
            buffer.write("Hi", x: 0, y: 4, style: Style(.title))
            screen.paint(buffer, theme: paintingTheme, cursor: nil)

            let a = try #require(screen.cell(x: 0, y: 0))
            #expect(a.text == "A" && a.bold && !a.underline && a.foreground == -1 && a.background == -1)
            let wide = try #require(screen.cell(x: 10, y: 1))
            #expect(wide.text == "日" && wide.underline)
            #expect(try #require(screen.cell(x: 12, y: 1)).text == "本")
            let loss = try #require(screen.cell(x: 0, y: 2))
            #expect(loss.text == "L" && loss.foreground == 196 && loss.background == -1)
            let selected = try #require(screen.cell(x: 1, y: 3))
            #expect(selected.text == "e" && selected.reverse && selected.foreground == 0 && selected.background == 6)
            let title = try #require(screen.cell(x: 0, y: 4))
            #expect(title.bold && title.foreground == 214)
        }

        @Test("a second paint writes the changed cells and leaves the rest")
        func secondPaint() throws {
            let screen = try headlessScreen()
            defer { screen.end() }
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.write("Revenue 100", x: 0, y: 5, style: .plain)
            screen.paint(buffer, theme: paintingTheme, cursor: nil)
            buffer.set(8, 5, "2", .plain)
            buffer.set(3, 9, "x", Style(.bad))
            #expect(PaintPlan.writes(from: screen.painted, to: buffer).count == 2)
            screen.paint(buffer, theme: paintingTheme, cursor: nil)
            #expect(try #require(screen.cell(x: 8, y: 5)).text == "2")
            #expect(try #require(screen.cell(x: 9, y: 5)).text == "0")
            let x = try #require(screen.cell(x: 3, y: 9))
            #expect(x.text == "x" && x.foreground == 196)
        }

        @Test("moving a list highlight one row at 80x24 sends at most 150 bytes")
        func highlightMoveIsCheap() throws {
            let screen = try headlessScreen()
            defer { screen.end() }
            func frame(selected: Int) -> ScreenBuffer {
                var buffer = ScreenBuffer(width: 80, height: 24)
                buffer.write("Accounts", x: 0, y: 0, style: Style(.title))
                for row in 0..<20 {
                    let style = row == selected ? Style(.selection) : Style(.text)
                    buffer.fill(Rect(x: 0, y: row + 2, width: 80, height: 1), style: style)
                    buffer.write("Account \(row)   revenue \(1000 * row)", x: 1, y: row + 2, style: style)
                }
                buffer.write("q quit", x: 0, y: 23, style: Style(.muted))
                return buffer
            }
            screen.paint(frame(selected: 3), theme: paintingTheme, cursor: nil)
            let before = screen.bytesWritten
            screen.paint(frame(selected: 4), theme: paintingTheme, cursor: nil)
            let sent = screen.bytesWritten - before
            #expect(sent > 0)
            #expect(sent <= 150, "sent \(sent) bytes")
            let unchanged = screen.bytesWritten
            screen.paint(frame(selected: 4), theme: paintingTheme, cursor: nil)
            #expect(screen.bytesWritten == unchanged)
        }

        @Test("the bottom-right cell is written without scrolling the screen")
        func bottomRight() throws {
            let screen = try headlessScreen(width: 20, height: 5)
            defer { screen.end() }
            var buffer = ScreenBuffer(width: 20, height: 5)
            buffer.write("top", x: 0, y: 0, style: .plain)
            buffer.set(19, 4, "#", .plain)
            screen.paint(buffer, theme: paintingTheme, cursor: nil)
            #expect(try #require(screen.cell(x: 19, y: 4)).text == "#")
            #expect(try #require(screen.cell(x: 0, y: 0)).text == "t")
        }

        @Test("a monochrome theme draws attributes only")
        func monochrome() throws {
            let screen = try headlessScreen()
            defer { screen.end() }
            var theme = paintingTheme
            theme.isMonochrome = true
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.write("Sel", x: 0, y: 0, style: Style(.selection, reverse: true))
            screen.paint(buffer, theme: theme, cursor: nil)
            let cell = try #require(screen.cell(x: 0, y: 0))
            #expect(cell.reverse && cell.foreground == -1 && cell.background == -1)
        }

        @Test("without a UTF-8 locale box drawing uses the line-drawing set and other text becomes ?")
        func asciiLocale() throws {
            let screen = try headlessScreen(unicode: false)
            defer { screen.end(); setlocale(LC_ALL, "C.UTF-8") }
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.write("┌─é", x: 0, y: 0, style: .plain)
            screen.paint(buffer, theme: paintingTheme, cursor: nil)
            #expect(try #require(screen.cell(x: 0, y: 0)).lineDrawing)
            #expect(try #require(screen.cell(x: 1, y: 0)).lineDrawing)
            #expect(try #require(screen.cell(x: 2, y: 0)).text == "?")
        }

        @Test("after a resize the next paint covers the new size")
        func resize() throws {
            let screen = try headlessScreen(width: 40, height: 10)
            defer { screen.end() }
            var small = ScreenBuffer(width: 40, height: 10)
            small.write("small", x: 0, y: 0, style: .plain)
            screen.paint(small, theme: paintingTheme, cursor: nil)
            screen.resize(width: 60, height: 12)
            #expect(screen.size.width == 60 && screen.size.height == 12)
            var large = ScreenBuffer(width: 60, height: 12)
            large.write("edge", x: 56, y: 11, style: .plain)
            screen.paint(large, theme: paintingTheme, cursor: nil)
            #expect(try #require(screen.cell(x: 59, y: 11)).text == "e")
        }
    }
}

extension NcursesTests {
    @Suite("Bytes for a cursor move in the account list")
    struct AccountListCursorBytesTests {
        /// Thirty accounts with a quarter of figures: enough to fill the list at 80x24.
        static var workspace: Workspace {
            let quarter = Quarter(year: 2026, quarter: 3)
            let accounts = (0..<30).map { i in
                Account(id: "A\(i)", name: "Account number \(i) Holding GmbH", manager: "m\(i % 4)",
                        segment: ["Retail", "Public sector", "Industry"][i % 3],
                        quarters: [quarter: QuarterFigures(revenue: Double(10_000 + 997 * i),
                                                           grossProfit: Double(3_000 + 101 * i))])
            }
            let managers = (0..<4).map { Manager(id: "m\($0)", name: "Manager Number \($0)") }
            return Workspace(name: "Cursor bytes", managers: managers, accounts: accounts)
        }

        @Test("moving the cursor one row down the account list at 80x24 sends at most 150 bytes, in every built-in theme",
              arguments: BuiltInThemes.names)
        func cursorMoveIsCheap(themeName: String) throws {
            let theme = try #require(Theme.builtIn(themeName))
            var state = try AppState(workspace: Self.workspace, today: Day(year: 2026, month: 9, day: 30) ?? Day(daysSinceEpoch: 20_000),
                                     width: 80, height: 24)
            let screen = try headlessScreen()
            defer { screen.end() }
            _ = state.handle(.key(.character("j")))
            screen.paint(App.render(state), theme: theme, cursor: nil)
            let before = screen.bytesWritten
            _ = state.handle(.key(.character("j")))
            screen.paint(App.render(state), theme: theme, cursor: nil)
            let sent = screen.bytesWritten - before
            #expect(sent > 0)
            #expect(sent <= 150, "\(themeName): sent \(sent) bytes")
        }
    }
}
