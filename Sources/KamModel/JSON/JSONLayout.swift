/// A JSON value with its layout: an object or array written one member per line, or a
/// value written compactly on one line.
indirect enum JSONLayout {
    /// An object written one member per line; each member has its own layout.
    case expandedObject([(key: String, value: JSONLayout)])
    /// An array written one element per line.
    case expandedArray([JSONLayout])
    /// A value written on one line: `{"a": 1, "b": [1, 2]}`.
    case inline(JSONValue)
}
