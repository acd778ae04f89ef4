import CNcurses
import KamUI
import Synchronization

/// Whether an ncurses screen is active, for the exit-time safety net.
let cursesScreenIsActive = Atomic<Bool>(false)
/// Whether the exit-time safety net is registered.
let exitHookInstalled = Atomic<Bool>(false)

/// One ncurses screen: starts it, paints buffers into it, reads input, ends it.
///
/// The real session opens it on the terminal; the tests open it headless on a file.
/// ncurses keeps global state, so only one may be open at a time.
final class CursesScreen {
    /// The ncurses screen, nil once ended.
    private var screen: OpaquePointer?
    let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    let colorMode: ColorMode
    let unicode: Bool
    let mouse: Bool
    var converter: ColorConverter
    var pairs: ColorPairTable
    /// The last buffer painted, to write only what changed; nil forces a full paint.
    var painted: ScreenBuffer?
    var paintedTheme: Theme?
    var paintedCursor: CursorPosition?
    var cursorVisible = false

    /// Starts ncurses on `output`/`input` as terminal `terminalType` (nil: `TERM`).
    ///
    /// - Throws: `TerminalUnavailable` when ncurses does not know the terminal.
    init(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
         unicode: Bool, mouse wantMouse: Bool, colorTerm: String?) throws {
        guard let screen = newterm(terminalType, output, input) else {
            throw TerminalUnavailable(reason: "ncurses could not start on terminal type \"\(terminalType ?? "?")\"")
        }
        self.screen = screen
        set_term(screen)
        cursesScreenIsActive.store(true, ordering: .sequentiallyConsistent)
        guard let window = kam_stdscr() else {
            endwin()
            delscreen(screen)
            cursesScreenIsActive.store(false, ordering: .sequentiallyConsistent)
            throw TerminalUnavailable(reason: "ncurses started without a screen")
        }
        self.window = window
        self.output = output
        self.unicode = unicode

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        leaveok(window, true)
        curs_set(0)

        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        let directColor = tigetflag("RGB") > 0
        colorMode = ColorMode.detect(colors: Int(kam_colors()), hasColors: has_colors(),
                                     colorTerm: colorTerm, directColor: directColor)
        converter = ColorConverter(mode: colorMode, supportsDefaultColors: defaultColors)
        pairs = ColorPairTable(capacity: colorMode == .monochrome ? 0 : Int(kam_color_pairs()))

        if wantMouse {
            var old: mmask_t = 0
            mouse = mousemask(MouseDecoder.wantedEvents, &old) != 0
            mouseinterval(0)
        } else {
            mouse = false
        }
    }

    deinit { end() }

    /// The screen's size in cells.
    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Sets the screen's size (headless screens; a terminal reports its own).
    func resize(width: Int, height: Int) {
        resizeterm(Int32(height), Int32(width))
        painted = nil
    }

    /// Forgets what is on the screen, so the next paint writes every cell and ncurses
    /// redraws the whole terminal.
    func invalidate() {
        painted = nil
        clearok(kam_curscr(), true)
    }

    /// Turns off XON/XOFF on the terminal so Ctrl-S and Ctrl-Q are keys, and makes that
    /// part of the mode ncurses restores after a suspend.
    func disableFlowControl(fileDescriptor: Int32) {
        if kam_disable_flow_control(fileDescriptor) == 0 { def_prog_mode() }
    }

    /// Leaves the screen for a moment (Ctrl-Z), runs `whileAway`, then comes back with
    /// a full repaint on the next paint.
    func suspend(_ whileAway: () -> Void) {
        guard screen != nil else { return }
        endwin()
        whileAway()
        invalidate()
    }

    /// Ends ncurses and restores the terminal; safe to call more than once.
    func end() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        cursesScreenIsActive.store(false, ordering: .sequentiallyConsistent)
    }

    /// Bytes written to the output so far, when it is a file (headless screens).
    var bytesWritten: Int {
        fflush(output)
        return ftell(output)
    }
}

/// A cell position on screen for the text cursor.
struct CursorPosition: Hashable, Sendable {
    var x: Int
    var y: Int
}
