/// A named mapping from roles to colours, loaded from `themes/NAME.json`.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// True for a theme that must not use colour at all (the mono theme, `NO_COLOR`).
    public var isMonochrome: Bool
    public var roles: [Role: RoleColors]

    public init(name: String, isMonochrome: Bool = false, roles: [Role: RoleColors]) {
        self.name = name
        self.isMonochrome = isMonochrome
        self.roles = roles
    }

    /// The colours for `role`, falling back to `text`'s, then the terminal default.
    public func colors(for role: Role) -> RoleColors {
        roles[role] ?? roles[.text] ?? RoleColors()
    }
}
