import Foundation

/// What the `warc` fetch source takes from one `response` record: the page as the cleaner
/// needs it, with the body decoded.
public struct WARCResponse: Sendable, Equatable {
    public var targetURI: String
    public var status: Int
    /// The HTTP `Content-Type` header (charset included), if any.
    public var contentType: String?
    public var body: [UInt8]
    /// `WARC-Date` as written, and parsed (nil if it is not `YYYY-MM-DDThh:mm:ss[.f]Z`).
    public var warcDate: String?
    public var date: Date?

    /// Nil for records that are not HTTP responses (warcinfo, request, metadata, revisit, or a
    /// `response` of another protocol). Throws `HTTPMessage.ParseError` for a response whose
    /// HTTP message cannot be read or decoded (or whose body passes `maxBodyBytes`).
    public init?(record: WARCRecord, maxBodyBytes: Int) throws {
        guard record.type?.lowercased() == "response", let uri = record.targetURI else { return nil }
        if let type = record.contentType?.lowercased(), !type.hasPrefix("application/http") { return nil }
        let message = try HTTPMessage.parse(record.block, maxBodyBytes: maxBodyBytes)
        guard let status = message.statusCode else {
            throw HTTPMessage.ParseError(description: "not an HTTP status line: '\(message.startLine.prefix(60))'")
        }
        // WARC 1.0 drafts wrote the URI in angle brackets.
        targetURI = uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
        self.status = status
        contentType = message.headers.value("Content-Type")
        body = message.body
        warcDate = record.date
        date = record.date.flatMap(WARCDate.parse)
    }
}
