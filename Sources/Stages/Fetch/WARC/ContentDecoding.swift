/// Undoes `Content-Encoding` (gzip, x-gzip, deflate; identity), applied in reverse order of
/// listing. Other codings (br, zstd) are an error: we cannot read the body.
enum ContentDecoding {
    static func decode(_ bytes: [UInt8], encoding: String, maxBytes: Int) throws -> [UInt8] {
        var body = bytes
        let codings = encoding.lowercased().split(separator: ",").map { $0.trimmingCharacters() }
        for coding in codings.reversed() {
            switch coding {
            case "", "identity", "none": continue
            case "gzip", "x-gzip": body = try inflate(body, windowBits: 31, maxBytes: maxBytes)
            case "deflate":
                // RFC 9110 means zlib-wrapped, but many servers send raw deflate.
                do { body = try inflate(body, windowBits: 15, maxBytes: maxBytes) } catch GzipError.corrupt {
                    body = try inflate(body, windowBits: -15, maxBytes: maxBytes)
                }
            default:
                throw HTTPMessage.ParseError(description: "Content-Encoding '\(coding)' is not supported")
            }
        }
        return body
    }

    /// One whole stream; gzip continues over further members (some servers concatenate).
    static func inflate(_ bytes: [UInt8], windowBits: Int32, maxBytes: Int) throws -> [UInt8] {
        let inflater = try ZlibInflater(windowBits: windowBits)
        var out: [UInt8] = []
        var position = 0
        do {
            while true {
                let step = try bytes.withUnsafeBytes { raw in
                    try inflater.inflate(
                        UnsafeRawBufferPointer(rebasing: raw[position...]), appendingTo: &out,
                        maxOutput: min(max(maxBytes - out.count, 1), 1 << 20))
                }
                position += step.consumed
                if out.count > maxBytes { throw GzipError.tooLarge(limit: maxBytes) }
                if step.ended {
                    let rest = bytes[position...]
                    guard windowBits == 31, rest.count >= 2, rest.first == 0x1f, rest.dropFirst().first == 0x8b else {
                        return out
                    }
                    inflater.reset()
                } else if step.consumed == 0 && step.produced == 0 {
                    throw GzipError.truncated
                }
            }
        } catch let error as GzipError {
            if case .corrupt = error, windowBits == 15 { throw error }  // the caller retries raw
            throw HTTPMessage.ParseError(description: "Content-Encoding: \(error)")
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
