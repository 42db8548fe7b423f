#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decoding to UTF-8 with the C library's iconv (glibc knows windows-1256, ISO-8859-6 and
/// the other legacy charsets news sites use).
enum Iconv {
    /// Whether iconv can decode from `charset`.
    static func supports(_ charset: String) -> Bool {
        guard let converter = open(charset) else { return false }
        iconv_close(converter)
        return true
    }

    /// `bytes` decoded from `charset`, an invalid or truncated sequence becoming U+FFFD;
    /// nil when iconv does not know the charset.
    static func decode(_ bytes: ArraySlice<UInt8>, from charset: String) -> (text: String, invalidSequences: Int)? {
        guard let converter = open(charset) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            guard let inputBase = inputBuffer.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let (written, failure) = chunk.withUnsafeMutableBytes { out -> (Int, Int32) in
                    var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (out.count - outLeft, status == -1 ? errno : 0)
                }
                output.append(contentsOf: chunk[0..<written])
                switch failure {
                case 0, E2BIG:
                    break  // the loop goes on with a fresh chunk
                default:
                    // EILSEQ (or EINVAL: a sequence cut off at the end): skip the byte that does not decode.
                    invalid += 1
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), invalid)
    }

    private static func open(_ charset: String) -> iconv_t? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        return converter
    }
}
