import CNcurses
import KamUI

/// Maps an ncurses mouse report (button-state mask and cell) to a `MouseEvent`.
enum MouseDecoder {
    /// The mouse events kam asks for: presses and releases of buttons 1-3 and the wheel.
    /// Clicks are left out so ncurses does not hold a press back to see if a click follows.
    static let wantedEvents: mmask_t = KAM_BUTTON1_PRESSED | KAM_BUTTON1_RELEASED
        | KAM_BUTTON2_PRESSED | KAM_BUTTON2_RELEASED
        | KAM_BUTTON3_PRESSED | KAM_BUTTON3_RELEASED
        | KAM_BUTTON4_PRESSED | KAM_BUTTON5_PRESSED

    /// The event for mask `state` at column `x`, row `y`; nil for anything else
    /// (motion, double clicks, modifier-only reports).
    static func decode(state: mmask_t, x: Int, y: Int) -> MouseEvent? {
        if state & KAM_BUTTON4_PRESSED != 0 { return MouseEvent(action: .wheelUp, button: 0, x: x, y: y) }
        if state & KAM_BUTTON5_PRESSED != 0 { return MouseEvent(action: .wheelDown, button: 0, x: x, y: y) }
        let buttons: [(pressed: mmask_t, released: mmask_t, number: Int)] = [
            (KAM_BUTTON1_PRESSED, KAM_BUTTON1_RELEASED, 1),
            (KAM_BUTTON2_PRESSED, KAM_BUTTON2_RELEASED, 2),
            (KAM_BUTTON3_PRESSED, KAM_BUTTON3_RELEASED, 3),
        ]
        for button in buttons {
            if state & button.pressed != 0 { return MouseEvent(action: .press, button: button.number, x: x, y: y) }
            if state & button.released != 0 { return MouseEvent(action: .release, button: button.number, x: x, y: y) }
        }
        return nil
    }
}
