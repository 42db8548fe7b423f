/// Parses one record from a `WARCByteStream`: version line, fields up to a blank line,
/// `Content-Length` bytes of block, then the `\r\n\r\n` after it.
struct WARCRecordParser {
    struct Problem: Error {
        var message: String
    }

    let limits: WARCReader.Limits

    func parse(_ stream: WARCByteStream) throws -> WARCRecord {
        var headerBytes = 0
        func line() throws -> ArraySlice<UInt8> {
            guard let line = try stream.readLine(maxBytes: limits.maxHeaderBytes - headerBytes) else {
                throw WARCByteStream.StreamError.endOfInput
            }
            headerBytes += line.count + 2
            return line
        }
        let version = try line()
        guard Self.isVersionLine(version) else {
            throw Problem(message: "expected a version line like WARC/1.1, found '\(Self.preview(version))'")
        }
        var fields: [HeaderField] = []
        while true {
            let text = try line()
            if text.isEmpty { break }
            if text.first == 32 || text.first == 9, !fields.isEmpty {  // a folded continuation line
                fields[fields.count - 1].value += " " + Self.trimmed(text)
                continue
            }
            guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > text.startIndex else {
                throw Problem(message: "header line without a name and colon: '\(Self.preview(text))'")
            }
            fields.append(HeaderField(Self.trimmed(text[..<colon]), Self.trimmed(text[(colon + 1)...])))
        }
        guard let lengthText = fields.value("Content-Length") else {
            throw Problem(message: "no Content-Length field")
        }
        guard let length = Int(lengthText), length >= 0 else {
            throw Problem(message: "Content-Length '\(lengthText)' is not a byte count")
        }
        guard length <= limits.maxBlockBytes else {
            throw Problem(message: "block of \(length) bytes passes the limit of \(limits.maxBlockBytes)")
        }
        let block = try stream.read(length)
        try skipRecordEnd(stream)
        return WARCRecord(version: String(decoding: version, as: UTF8.self), fields: fields, block: block)
    }

    /// Consumes the two line ends after the block. Tolerant: bare LFs, or none at all (the
    /// reader skips blank lines before the next record anyway).
    private func skipRecordEnd(_ stream: WARCByteStream) throws {
        var newlines = 0
        while newlines < 2, let byte = try stream.peek(), byte == 13 || byte == 10 {
            stream.skip()
            if byte == 10 { newlines += 1 }
        }
    }

    /// `WARC/` and a version number: 1.1 and 1.0 in practice, 0.17/0.18 in old archives.
    static func isVersionLine(_ line: ArraySlice<UInt8>) -> Bool {
        let prefix = Array("WARC/".utf8)
        guard line.count > prefix.count, line.count <= 16, Array(line.prefix(prefix.count)) == prefix else {
            return false
        }
        return line.dropFirst(prefix.count).allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") }
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 32 || first == 9 { slice = slice.dropFirst() }
        while let last = slice.last, last == 32 || last == 9 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The start of a line for an error message.
    static func preview(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(60), as: UTF8.self)
        return bytes.count > 60 ? text + "…" : text
    }
}
