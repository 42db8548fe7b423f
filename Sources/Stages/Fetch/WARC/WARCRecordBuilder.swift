import Foundation

/// Makes the records `WARCWriter` writes: `warcinfo` at the head of each file, and the
/// `request`/`response` pair for an exchange, with ids, dates and digests.
struct WARCRecordBuilder {
    var software: String
    var description: String

    static func newRecordID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    func warcinfo(fileName: String, date: Date, id: String) -> WARCRecord {
        var info = [
            HeaderField("software", software),
            HeaderField("format", "WARC File Format 1.1"),
            HeaderField("conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
        ]
        if !description.isEmpty { info.append(HeaderField("description", Self.oneLine(description))) }
        let block = info.serialized()
        return WARCRecord(
            fields: [
                HeaderField("WARC-Type", "warcinfo"),
                HeaderField("WARC-Record-ID", id),
                HeaderField("WARC-Date", WARCDate.format(date)),
                HeaderField("WARC-Filename", fileName),
                HeaderField("Content-Type", "application/warc-fields"),
                HeaderField("WARC-Block-Digest", WARCDigest.sha1(block)),
                HeaderField("Content-Length", String(block.count)),
            ], block: block)
    }

    /// The request and response records of `exchange`, each naming the other in
    /// `WARC-Concurrent-To`, both naming the file's `warcinfo`.
    func pair(for exchange: HTTPExchange, warcinfoID: String) -> (request: WARCRecord, response: WARCRecord) {
        let requestID = Self.newRecordID()
        let responseID = Self.newRecordID()
        let date = WARCDate.format(exchange.date)
        func common(_ type: String, _ id: String, _ other: String) -> [HeaderField] {
            var fields = [
                HeaderField("WARC-Type", type),
                HeaderField("WARC-Record-ID", id),
                HeaderField("WARC-Date", date),
                HeaderField("WARC-Target-URI", Self.oneLine(exchange.targetURI)),
            ]
            if let ip = exchange.ipAddress { fields.append(HeaderField("WARC-IP-Address", Self.oneLine(ip))) }
            fields += [
                HeaderField("WARC-Concurrent-To", other),
                HeaderField("WARC-Warcinfo-ID", warcinfoID),
                HeaderField("Content-Type", "application/http; msgtype=\(type)"),
            ]
            return fields
        }
        var requestFields = common("request", requestID, responseID)
        requestFields += [
            HeaderField("WARC-Block-Digest", WARCDigest.sha1(exchange.request)),
            HeaderField("Content-Length", String(exchange.request.count)),
        ]
        let block = Self.responseBlock(exchange)
        var responseFields = common("response", responseID, requestID)
        responseFields += [
            HeaderField("WARC-Block-Digest", WARCDigest.sha1(block)),
            HeaderField("WARC-Payload-Digest", WARCDigest.sha1(exchange.body)),
            HeaderField("Content-Length", String(block.count)),
        ]
        return (
            WARCRecord(fields: requestFields, block: exchange.request), WARCRecord(fields: responseFields, block: block)
        )
    }

    /// Status line, headers and body. The body is already decoded, so the header fields that
    /// describe the encoded transfer (Content-Encoding, Transfer-Encoding, Content-Length) are
    /// replaced by a Content-Length of the body as stored: the message stays self-consistent
    /// and any WARC tool reads the payload the digest was computed on.
    static func responseBlock(_ exchange: HTTPExchange) -> [UInt8] {
        let dropped: Set<String> = ["content-encoding", "transfer-encoding", "content-length"]
        var headers = exchange.responseHeaders.filter { !dropped.contains($0.name.lowercased()) }
        headers = headers.map { HeaderField(oneLine($0.name), oneLine($0.value)) }
        headers.append(HeaderField("Content-Length", String(exchange.body.count)))
        var block: [UInt8] = Array(oneLine(exchange.statusLine).utf8)
        block += [13, 10]
        block += headers.serialized()
        block += [13, 10]
        block += exchange.body
        return block
    }

    /// A field value cannot hold a line break: it would end the header early.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
