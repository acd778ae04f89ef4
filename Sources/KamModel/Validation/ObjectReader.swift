/// Reads the members of one JSON object into model values, reporting every problem.
///
/// Each accessor returns a usable value even when the field is wrong (after reporting
/// it), so decoding carries on and finds the problems further down too. `null` counts as
/// absent for optional fields.
struct ObjectReader {
    let object: JSONObject
    let path: FieldPath
    let sink: ProblemSink

    /// A reader for `value`, or nil (after reporting) when it is not an object.
    init?(_ value: JSONValue, at path: FieldPath, sink: ProblemSink) {
        guard case .object(let object) = value else {
            sink.report(path, "must be an object")
            return nil
        }
        self.object = object
        self.path = path
        self.sink = sink
        reportDuplicateKeys()
    }

    /// A reader over an empty object whose problems go nowhere: it stands in for an array
    /// element that is not an object (already reported), so later elements keep their index.
    init(emptyAt path: FieldPath) {
        object = JSONObject()
        self.path = path
        sink = ProblemSink()
    }

    private func reportDuplicateKeys() {
        let members = object.members
        guard members.count > 1 else { return }
        var repeated: [String] = []
        if members.count <= 32 {
            // Records are small: comparing pairs is cheaper than building a set.
            for i in 1..<members.count where members[..<i].contains(where: { $0.key == members[i].key }) {
                repeated.append(members[i].key)
            }
        } else {
            var seen = Set<String>()
            repeated = members.map(\.key).filter { !seen.insert($0).inserted }
        }
        for key in repeated {
            sink.report(path / key, "duplicate key \"\(key)\"; only the first is read")
        }
    }

    /// The members whose keys are not in `known`, in file order.
    func extra(known: [String]) -> JSONObject {
        JSONObject(object.members.filter { !known.contains($0.key) })
    }

    /// The value of `key`, treating `null` as absent.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    /// `read(key)` for a member that must be present; a missing one is reported.
    private func required<T>(_ key: String, _ read: (String) -> T?) -> T? {
        guard value(key) != nil else {
            sink.report(path / key, "is required")
            return nil
        }
        return read(key)
    }

    // MARK: Strings

    func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else {
            sink.report(path / key, "must be a string")
            return nil
        }
        return text
    }

    func requiredString(_ key: String) -> String { required(key, string) ?? "" }

    // MARK: Numbers

    func number(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard case .number(let number) = value else {
            sink.report(path / key, "must be a number")
            return nil
        }
        return number
    }

    func requiredNumber(_ key: String) -> Double { required(key, number) ?? 0 }

    /// A whole number (no fraction) that fits an Int.
    func integer(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 9.0e15 else {
            sink.report(path / key, "must be a whole number")
            return nil
        }
        return Int(number)
    }

    func requiredInteger(_ key: String) -> Int? { required(key, integer) }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            sink.report(path / key, "must be true or false")
            return nil
        }
        return flag
    }

    // MARK: Enumerations, dates and quarters

    /// One of the raw values of `E`; the message lists the allowed ones.
    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ kind: String) -> E? where E.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            sink.report(path / key, "unknown \(kind) \"\(text)\"; expected one of: \(allowed)")
            return nil
        }
        return value
    }

    func requiredEnumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ kind: String) -> E? where E.RawValue == String {
        required(key) { enumeration($0, kind) }
    }

    func day(_ key: String) -> Day? {
        guard let text = string(key) else { return nil }
        guard let day = Day(text) else {
            sink.report(path / key, "must be a date written YYYY-MM-DD, such as 2025-07-14; found \"\(text)\"")
            return nil
        }
        return day
    }

    func requiredDay(_ key: String) -> Day? { required(key, day) }

    func quarter(_ key: String) -> Quarter? {
        guard let text = string(key) else { return nil }
        guard let quarter = Quarter(text) else {
            sink.report(path / key, "must be a quarter written YYYYQn, such as 2025Q3; found \"\(text)\"")
            return nil
        }
        return quarter
    }

    func requiredQuarter(_ key: String) -> Quarter? { required(key, quarter) }

    // MARK: Nested values

    /// A nested object's reader, or nil when absent (or, after reporting, not an object).
    func object(_ key: String) -> ObjectReader? {
        guard let value = value(key) else { return nil }
        return ObjectReader(value, at: path / key, sink: sink)
    }

    /// The elements of a nested array with their paths; empty when absent.
    func array(_ key: String) -> [(value: JSONValue, path: FieldPath)] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value else {
            sink.report(path / key, "must be an array")
            return []
        }
        let base = path / key
        return elements.enumerated().map { ($0.element, base[$0.offset]) }
    }

    /// The readers of a nested array of objects; an element that is not an object is
    /// reported and read as an empty stand-in, so indexes match the file.
    func objects(_ key: String) -> [ObjectReader] {
        array(key).map { ObjectReader($0.value, at: $0.path, sink: sink) ?? ObjectReader(emptyAt: $0.path) }
    }
}
