/// One `Name: value` line of a WARC record's or an HTTP message's header, kept in file order.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HeaderField {
    /// The first value whose name matches `name` ignoring ASCII case (WARC and HTTP field
    /// names are case-insensitive; other tools write `content-length`).
    public func value(_ name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Serialised as `Name: value\r\n` lines (no blank line after).
    func serialized() -> [UInt8] {
        var out: [UInt8] = []
        for field in self {
            out.append(contentsOf: field.name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: field.value.utf8)
            out.append(contentsOf: [13, 10])
        }
        return out
    }
}
