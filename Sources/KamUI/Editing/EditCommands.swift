/// The commands for editing: forms, quick actions, undo, saving and quitting.
enum EditCommands {
    static let list = AccountListScreen.name
    static let page = AccountPageScreen.name

    /// The words `edit` and `delete` take after their name, and `add` takes alone.
    static let itemKinds = ["account", "figures", "costs", "contact", "activity", "opportunity", "objective",
                            "kpi", "perspective", "override"]

    static let all: [Command] = [
        Command("edit", keys: [.character("e")],
                help: "Edit the account or the focused pane's item in a form; :edit contact ID",
                scopes: [list, page], argument: .choice(itemKinds), hint: "edit"),
        Command("add", keys: [.character("a")],
                help: "Add to the focused pane (contact, activity, figures...); :add opportunity",
                scopes: [page], argument: .choice(itemKinds), hint: "add"),
        Command("add-account", keys: [.character("A")], help: "Add an account", scopes: [list, page]),
        Command("delete", keys: [.character("d")],
                help: "Delete the account or the focused pane's item (asks first; undo brings it back)",
                scopes: [list, page], argument: .choice(itemKinds)),
        Command("log-activity", aliases: ["log"], keys: [.character("L")],
                help: "Log an activity on the account: L then m/c/e/n, type the text; :log call Called about renewal",
                scopes: [list, page], argument: .text, hint: "log"),
        Command("next-stage", keys: [.character(">")],
                help: "Move an opportunity to the next stage, stamping today's date", scopes: [page]),
        Command("change-tier", aliases: ["tier"], keys: [.character("t")],
                help: "Change the account's tier: key, strategic, maintain, other",
                scopes: [list, page], argument: .choice(["key", "strategic", "maintain", "other"])),
        Command("undo", keys: [.character("u")], help: "Undo the last edit (many steps deep)"),
        Command("redo", keys: [.control("r")], help: "Redo the last undone edit"),
        Command("save", aliases: ["w", "write"], keys: [.control("s")],
                help: "Save the workspace (:w FILE saves as FILE)", argument: .text),
        Command("save-as", aliases: ["saveas"], help: "Save the workspace to another file: :save-as FILE",
                argument: .text),
        Command("write-quit", aliases: ["wq", "x"], keys: [.character("Z")], help: "Save and quit (ZZ, :wq)"),
        Command("quit-discard", aliases: ["q!"], help: "Quit and throw away unsaved edits (:q!)"),
        Command("reload", aliases: ["e!"], help: "Read the file again, dropping unsaved edits (asks first)"),
        Command("take-over", help: "Edit a workspace another session holds (take its lock over)"),
    ]
}
