import ArgumentParser
import KamDemo
import KamModel
import KamUI

/// `kam render`: prints what a cockpit screen shows, as plain text, without a terminal.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what a cockpit screen would show, as plain text, without a terminal.",
        discussion: """
        For reports pasted into mail, for scripts, and as the test seam. --keys replays key \
        presses first, written like vim mappings: plain characters, and <Enter> <Esc> <Tab> \
        <S-Tab> <BS> <Up> <Down> <PgDn> <PgUp> <Home> <End> <C-d> <F5> <Space> <lt>. \
        Example: --keys 'jjj<Enter>' opens the fourth account. Use --demo instead of FILE \
        for the built-in demo portfolio.
        """
    )

    @Argument(help: "The screen: \(HeadlessRender.screenNames.joined(separator: ", ")).")
    var screen: String

    @Argument(help: "The workspace file.")
    var file: String?

    @Flag(help: "Render the built-in demo portfolio instead of a file.")
    var demo = false

    @Option(help: "Width x height in cells.", transform: parseSize)
    var size: ScreenSize = ScreenSize(width: 100, height: 30)

    @Option(help: "The quarter to show, e.g. 2025Q3 (default: the latest with figures).", transform: parseQuarter)
    var quarter: Quarter?

    @Option(help: "The account id, for the account screen.")
    var account: String?

    @Option(help: "The scorecard's scope: portfolio, manager:ID, segment:NAME or account:ID.")
    var scope: String?

    @Option(help: "Keys to replay before rendering.")
    var keys: String = ""

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Option(help: "The date days-since-contact and staleness are measured to, YYYY-MM-DD (default: today; the demo's own date with --demo).", transform: parseDay)
    var today: Day?

    func validate() throws {
        if demo == (file != nil) { throw ValidationError("Give a workspace FILE or --demo.") }
    }

    func run() throws {
        let workspace = demo ? DemoPortfolio.generate() : try loadWorkspace(file!)
        let day = today ?? (demo ? DemoPortfolio.today(lastQuarter: DemoPortfolio.defaultLastQuarter) : Day.today())
        do {
            let buffer = try HeadlessRender.render(workspace: workspace, screen: screen,
                                                   size: (size.width, size.height), quarter: quarter,
                                                   account: account, scope: scope, keys: keys, today: day,
                                                   glyphs: ascii ? .ascii : .unicode)
            print(buffer.text)
        } catch {
            printError("kam \(error.message)")
            throw ExitStatus.invalidInput
        }
    }
}

/// A terminal size in cells.
struct ScreenSize {
    var width: Int
    var height: Int
}

/// Parses `100x30`.
func parseSize(_ text: String) throws -> ScreenSize {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
          (1...1000).contains(width), (1...1000).contains(height) else {
        throw ValidationError("\"\(text)\" is not a size; write it like 100x30.")
    }
    return ScreenSize(width: width, height: height)
}

/// Parses a `2025-07-14` option value.
func parseDay(_ text: String) throws -> Day {
    guard let day = Day(text) else { throw ValidationError("\"\(text)\" is not a date; write it like 2025-07-14.") }
    return day
}
