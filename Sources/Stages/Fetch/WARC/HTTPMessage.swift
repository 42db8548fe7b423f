/// An HTTP message as a WARC `request` or `response` block holds it, with the body decoded:
/// WARCs written by wget or warcio keep the bytes as they crossed the wire, so the body may
/// be chunked and gzip- or deflate-encoded.
public struct HTTPMessage: Sendable, Equatable {
    /// `HTTP/1.1 200 OK` or `GET / HTTP/1.1`.
    public var startLine: String
    /// The status code of a response; nil for a request.
    public var statusCode: Int?
    public var headers: [HeaderField]
    /// After undoing Transfer-Encoding: chunked and Content-Encoding.
    public var body: [UInt8]

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `block` and decodes the body, refusing a decoded body over `maxBodyBytes`.
    public static func parse(_ block: [UInt8], maxBodyBytes: Int) throws -> HTTPMessage {
        var position = 0
        func line() throws -> ArraySlice<UInt8> {
            guard let newline = block[position...].firstIndex(of: 10) else {
                throw ParseError(description: "the HTTP header does not end (no blank line)")
            }
            var end = newline
            if end > position && block[end - 1] == 13 { end -= 1 }
            defer { position = newline + 1 }
            return block[position..<end]
        }
        let startLine = String(decoding: try line(), as: UTF8.self)
        var headers: [HeaderField] = []
        while true {
            let text = try line()
            if text.isEmpty { break }
            if text.first == 32 || text.first == 9, !headers.isEmpty {
                headers[headers.count - 1].value += " " + WARCRecordParser.trimmed(text)
                continue
            }
            guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { continue }  // browsers skip these too
            headers.append(
                HeaderField(WARCRecordParser.trimmed(text[..<colon]), WARCRecordParser.trimmed(text[(colon + 1)...])))
        }
        var body = Array(block[position...])
        if let transfer = headers.value("Transfer-Encoding"), transfer.lowercased().contains("chunked") {
            body = try ChunkedDecoder.decode(body, maxBytes: maxBodyBytes)
        }
        if let encoding = headers.value("Content-Encoding") {
            body = try ContentDecoding.decode(body, encoding: encoding, maxBytes: maxBodyBytes)
        }
        guard body.count <= maxBodyBytes else {
            throw ParseError(description: "body of \(body.count) bytes passes the limit of \(maxBodyBytes)")
        }
        return HTTPMessage(startLine: startLine, statusCode: Self.statusCode(startLine), headers: headers, body: body)
    }

    /// The code in `HTTP/1.x NNN reason`; nil for request lines.
    static func statusCode(_ line: String) -> Int? {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), parts[1].count == 3,
            parts[1].allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return Int(parts[1])
    }
}
