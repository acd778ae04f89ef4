/// Small text helpers for parsing what users type, without Foundation.
extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmedSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
