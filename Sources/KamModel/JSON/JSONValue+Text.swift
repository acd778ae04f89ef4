extension JSONValue {
    /// The value as JSON text in kam's canonical style, every non-empty object and array
    /// written one member per line (see `JSONWriter`), ending with a newline.
    public var prettyPrinted: String {
        String(decoding: JSONWriter.write(JSONLayout.expanded(self)), as: UTF8.self)
    }
}

extension JSONLayout {
    /// `value` with every object and array expanded, one member per line.
    static func expanded(_ value: JSONValue) -> JSONLayout {
        switch value {
        case .object(let object): .expandedObject(object.members.map { ($0.key, expanded($0.value)) })
        case .array(let elements): .expandedArray(elements.map(expanded))
        default: .inline(value)
        }
    }
}
