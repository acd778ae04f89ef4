/// The shipped themes, embedded so `kam` works when installed without the repository.
///
/// Each text equals `themes/NAME.json` byte for byte (a test checks); after editing a
/// theme file, paste it here between the same delimiters.
public enum BuiltInThemes {
    /// The names of the shipped themes, the default first.
    public static let names = ["default", "light", "high-contrast", "mono"]

    /// The JSON text of the built-in theme `name`, if there is one.
    public static func source(named name: String) -> String? {
        switch name {
        case "default": return defaultJSON
        case "light": return lightJSON
        case "high-contrast": return highContrastJSON
        case "mono": return monoJSON
        default: return nil
        }
    }

    static let defaultJSON = #"""
    {
      "name": "default",
      "description": "Dark background, 256 colours.",
      "roles": {
        "text":        {"fg": "default", "bg": "default"},
        "muted":       {"fg": 244},
        "header":      {"fg": "#87d7ff", "bold": true},
        "title":       {"fg": "brightwhite", "bold": true},
        "selection":   {"fg": "black", "bg": "#5fafd7", "bold": true},
        "border":      {"fg": 240},
        "focusBorder": {"fg": "#5fafd7"},
        "statusBar":   {"fg": 252, "bg": 236},
        "statusKey":   {"fg": "#ffd75f", "bg": 236, "bold": true},
        "input":       {"fg": "brightwhite", "bg": 235},
        "highlight":   {"fg": "#ffd75f", "bold": true},
        "good":        {"fg": "#5fd75f"},
        "warning":     {"fg": "#ffaf00"},
        "bad":         {"fg": "#ff5f5f", "bold": true},
        "override":    {"fg": "#d787ff", "underline": true},
        "chart1":      {"fg": "#5fafd7"},
        "chart2":      {"fg": "#ffaf5f"},
        "chart3":      {"fg": "#87d787"},
        "chart4":      {"fg": "#d787d7"},
        "chart5":      {"fg": "#ffd75f"},
        "chart6":      {"fg": "#5fd7d7"}
      }
    }

    """#

    static let lightJSON = #"""
    {
      "name": "light",
      "description": "Light background, 256 colours.",
      "roles": {
        "text":        {"fg": "default", "bg": "default"},
        "muted":       {"fg": 243},
        "header":      {"fg": "#005f87", "bold": true},
        "title":       {"fg": "black", "bold": true},
        "selection":   {"fg": "white", "bg": "#005f87", "bold": true},
        "border":      {"fg": 248},
        "focusBorder": {"fg": "#005f87"},
        "statusBar":   {"fg": "black", "bg": 252},
        "statusKey":   {"fg": "#870000", "bg": 252, "bold": true},
        "input":       {"fg": "black", "bg": 255},
        "highlight":   {"fg": "#af5f00", "bold": true},
        "good":        {"fg": "#008700"},
        "warning":     {"fg": "#af5f00"},
        "bad":         {"fg": "#d70000", "bold": true},
        "override":    {"fg": "#8700af", "underline": true},
        "chart1":      {"fg": "#005f87"},
        "chart2":      {"fg": "#d75f00"},
        "chart3":      {"fg": "#008700"},
        "chart4":      {"fg": "#8700af"},
        "chart5":      {"fg": "#af8700"},
        "chart6":      {"fg": "#008787"}
      }
    }

    """#

    static let highContrastJSON = #"""
    {
      "name": "high-contrast",
      "description": "The 16 standard colours only, bright on black, for low vision and poor screens.",
      "roles": {
        "text":        {"fg": "brightwhite", "bg": "black"},
        "muted":       {"fg": "white", "bg": "black"},
        "header":      {"fg": "brightyellow", "bg": "black", "bold": true},
        "title":       {"fg": "brightwhite", "bg": "black", "bold": true, "underline": true},
        "selection":   {"fg": "black", "bg": "brightyellow", "bold": true},
        "border":      {"fg": "white", "bg": "black"},
        "focusBorder": {"fg": "brightyellow", "bg": "black", "bold": true},
        "statusBar":   {"fg": "black", "bg": "white"},
        "statusKey":   {"fg": "black", "bg": "white", "bold": true, "underline": true},
        "input":       {"fg": "brightwhite", "bg": "blue", "bold": true},
        "highlight":   {"fg": "brightcyan", "bg": "black", "bold": true},
        "good":        {"fg": "brightgreen", "bg": "black", "bold": true},
        "warning":     {"fg": "brightyellow", "bg": "black", "bold": true},
        "bad":         {"fg": "brightred", "bg": "black", "bold": true},
        "override":    {"fg": "brightmagenta", "bg": "black", "bold": true, "underline": true},
        "chart1":      {"fg": "brightcyan", "bg": "black"},
        "chart2":      {"fg": "brightyellow", "bg": "black"},
        "chart3":      {"fg": "brightgreen", "bg": "black"},
        "chart4":      {"fg": "brightmagenta", "bg": "black"},
        "chart5":      {"fg": "brightwhite", "bg": "black"},
        "chart6":      {"fg": "brightblue", "bg": "black"}
      }
    }

    """#

    static let monoJSON = #"""
    {
      "name": "mono",
      "description": "No colours (NO_COLOR): bold, underline and reverse keep selection and statuses apart.",
      "monochrome": true,
      "roles": {
        "text":        {},
        "muted":       {},
        "header":      {"bold": true},
        "title":       {"bold": true},
        "selection":   {"reverse": true, "bold": true},
        "border":      {},
        "focusBorder": {"bold": true},
        "statusBar":   {"reverse": true},
        "statusKey":   {"reverse": true, "bold": true},
        "input":       {"underline": true},
        "highlight":   {"bold": true},
        "good":        {},
        "warning":     {"underline": true},
        "bad":         {"bold": true, "underline": true},
        "override":    {"reverse": true},
        "chart1":      {},
        "chart2":      {"bold": true},
        "chart3":      {},
        "chart4":      {"bold": true},
        "chart5":      {},
        "chart6":      {"bold": true}
      }
    }

    """#
}
