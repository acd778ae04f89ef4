// kam-terminal-check: a small full-screen program that exercises the terminal backend
// (painting, colours, wide characters, keys, mouse, resize, signals) so it can be
// checked by hand or driven from tmux. Keys: up/down move the highlight, i toggles a
// text input with a visible cursor, q quits. Flags: --no-mouse, --mono,
// --log (print every event after the session ends), --allow-crash (! traps).
import KamTerminal
import KamUI

#if canImport(Glibc)
import Glibc
#endif

/// The check program's state: a list with a highlight, the last event, an input line.
struct CheckApp: TerminalApp {
    var selected = 0
    var lastEvent = "none"
    var editing = false
    var input = ""
    var events = 0
    /// Every event, printed after the session ends so scripts can check them.
    var log: [String] = []
    let theme: Theme
    /// `--allow-crash`: the ! key traps, to check the terminal is restored after a crash.
    var allowCrash = false
    let capabilities: TerminalCapabilities
    let items = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "北京贸易 (wide)", "Stark Industries"]

    var cursor: (x: Int, y: Int)? {
        editing ? (x: 8 + SafeText.width(of: input), y: 12) : nil
    }

    mutating func handle(_ event: InputEvent) -> AppControl {
        events += 1
        lastEvent = "\(event)"
        log.append(lastEvent)
        guard case .key(let key) = event else {
            if case .mouse(let mouse) = event, mouse.action == .press, (2..<2 + items.count).contains(mouse.y) {
                selected = mouse.y - 2
            }
            return .continue
        }
        if editing {
            switch key {
            case .character(let c): input.append(c)
            case .backspace: if !input.isEmpty { input.removeLast() }
            case .enter, .escape: editing = false
            default: break
            }
            return .continue
        }
        switch key {
        case .character("q"): return .quit
        case .character("i"): editing = true
        case .character("!") where allowCrash: fatalError("kam-terminal-check: crash on request")
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(items.count - 1, selected + 1)
        default: break
        }
        return .continue
    }

    func draw(into buffer: inout ScreenBuffer) {
        let w = buffer.width
        buffer.write("kam-terminal-check  \(w)x\(buffer.height)  colours: \(capabilities.colorMode.rawValue)"
                     + "  unicode: \(capabilities.unicode)  mouse: \(capabilities.mouse)",
                     x: 0, y: 0, style: Style(.title, bold: true))
        for (i, item) in items.enumerated() {
            let style = i == selected ? Style(.selection) : Style(.text)
            buffer.fill(Rect(x: 0, y: 2 + i, width: 30, height: 1), style: style)
            buffer.write(" \(item)", x: 0, y: 2 + i, style: style)
        }
        let swatches: [Role] = [.good, .warning, .bad, .chart1, .chart2, .chart3, .muted]
        var x = 32
        for role in swatches {
            x = buffer.write(role.rawValue, x: x, y: 2, style: Style(role)) + 1
        }
        buffer.write("bold", x: 32, y: 3, style: Style(.text, bold: true))
        buffer.write("underline", x: 38, y: 3, style: Style(.text, underline: true))
        buffer.write("reverse", x: 49, y: 3, style: Style(.text, reverse: true))
        buffer.write("┌──┐ 日本語 ✓", x: 32, y: 4, style: Style(.border))
        buffer.write("last event: \(lastEvent)", x: 0, y: 10, style: Style(.muted))
        buffer.write("events: \(events)", x: 0, y: 11, style: Style(.muted))
        buffer.write("input: [\(input)]", x: 0, y: 12, style: Style(editing ? .input : .text))
        let status = " q quit  ↑↓ move  i input "
        buffer.fill(Rect(x: 0, y: buffer.height - 1, width: w, height: 1), style: Style(.statusBar))
        buffer.write(status, x: 0, y: buffer.height - 1, style: Style(.statusBar))
        buffer.set(w - 1, buffer.height - 1, "#", Style(.statusKey))
    }
}

/// A theme that touches every kind of colour: named, indexed, rgb and defaults.
func checkTheme(monochrome: Bool) -> Theme {
    if monochrome {
        return Theme(name: "mono", isMonochrome: true, roles: [
            .selection: RoleColors(reverse: true), .title: RoleColors(bold: true),
            .statusBar: RoleColors(reverse: true),
        ])
    }
    return Theme(name: "check", roles: [
        .text: RoleColors(),
        .title: RoleColors(foreground: .named(14)),
        .selection: RoleColors(foreground: .named(0), background: .named(6)),
        .good: RoleColors(foreground: .named(2)),
        .warning: RoleColors(foreground: .indexed(214)),
        .bad: RoleColors(foreground: .rgb(220, 50, 47)),
        .chart1: RoleColors(foreground: .rgb(38, 139, 210)),
        .chart2: RoleColors(foreground: .indexed(141)),
        .chart3: RoleColors(foreground: .rgb(133, 153, 0)),
        .muted: RoleColors(foreground: .indexed(244)),
        .border: RoleColors(foreground: .named(4)),
        .input: RoleColors(foreground: .named(15), background: .indexed(236), underline: true),
        .statusBar: RoleColors(foreground: .named(0), background: .named(7)),
        .statusKey: RoleColors(foreground: .named(1), background: .named(7), bold: true),
    ])
}

let arguments = CommandLine.arguments.dropFirst()
do {
    let session = try TerminalSession(options: TerminalOptions(mouse: !arguments.contains("--no-mouse")))
    var app = CheckApp(theme: checkTheme(monochrome: arguments.contains("--mono")), capabilities: session.capabilities)
    app.allowCrash = arguments.contains("--allow-crash")
    let end = session.run(&app)
    if arguments.contains("--log") { print(app.log.joined(separator: "\n")) }
    switch end {
    case .quit:
        print("kam-terminal-check: quit after \(app.events) events")
    case .signal(let signal):
        print("kam-terminal-check: ended by signal \(signal)")
        exit(128 + signal)
    }
} catch {
    var message = "\(error)\n"
    _ = message.withUTF8 { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}
