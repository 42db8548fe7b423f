/// Undoes `Transfer-Encoding: chunked` (RFC 9112, section 7.1): hex size lines (extensions
/// after `;` ignored), each chunk followed by CRLF, ended by a zero-size chunk and optional
/// trailer fields. A body cut off after a whole chunk is accepted as it is: archives hold
/// truncated transfers (`WARC-Truncated`).
enum ChunkedDecoder {
    static func decode(_ bytes: [UInt8], maxBytes: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var position = 0
        while position < bytes.count {
            guard let newline = bytes[position...].firstIndex(of: 10) else {
                throw HTTPMessage.ParseError(description: "chunked body: a chunk size line does not end")
            }
            let sizeField = bytes[position..<newline].prefix { $0 != UInt8(ascii: ";") && $0 != 13 }
            let sizeText = WARCRecordParser.trimmed(sizeField)
            guard !sizeText.isEmpty, sizeText.count <= 15, let size = Int(sizeText, radix: 16), size >= 0 else {
                throw HTTPMessage.ParseError(
                    description:
                        "chunked body: '\(WARCRecordParser.preview(bytes[position..<newline]))' is not a chunk size")
            }
            position = newline + 1
            if size == 0 { return out }  // trailer fields, if any, are dropped
            guard out.count + size <= maxBytes else {
                throw HTTPMessage.ParseError(description: "chunked body passes the limit of \(maxBytes) bytes")
            }
            guard size <= bytes.count - position else {
                throw HTTPMessage.ParseError(description: "chunked body: a chunk of \(size) bytes is cut off")
            }
            out += bytes[position..<position + size]
            position += size
            // The CRLF after the chunk's data (a bare LF from sloppy servers too).
            if position < bytes.count, bytes[position] == 13 { position += 1 }
            if position < bytes.count, bytes[position] == 10 { position += 1 }
        }
        return out
    }
}
