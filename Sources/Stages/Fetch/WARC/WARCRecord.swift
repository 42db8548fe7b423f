/// One WARC record: the version line, the named header fields in order, and the block.
///
/// Serialised (WARC 1.1, section 4) as `WARC/1.1\r\n`, the fields, `\r\n`, the block, and
/// `\r\n\r\n`. `Content-Length` must be among the fields and equal the block's length; the
/// writer sets it, a reader checks it.
public struct WARCRecord: Sendable, Equatable {
    /// `WARC/1.1` as written; records read from other tools may say `WARC/1.0`.
    public var version: String
    public var fields: [HeaderField]
    public var block: [UInt8]

    public init(version: String = "WARC/1.1", fields: [HeaderField], block: [UInt8]) {
        self.version = version
        self.fields = fields
        self.block = block
    }

    /// A field's value, its name matched ignoring case.
    public subscript(_ name: String) -> String? { fields.value(name) }

    /// `warcinfo`, `request`, `response`, `resource`, `metadata`, `revisit` …
    public var type: String? { self["WARC-Type"] }
    public var recordID: String? { self["WARC-Record-ID"] }
    public var targetURI: String? { self["WARC-Target-URI"] }
    public var date: String? { self["WARC-Date"] }
    public var contentType: String? { self["Content-Type"] }

    public func serialized() -> [UInt8] {
        var out = Array(version.utf8) + [13, 10]
        out += fields.serialized()
        out += [13, 10]
        out += block
        out += [13, 10, 13, 10]
        return out
    }
}
