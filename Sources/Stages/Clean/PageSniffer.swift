/// Tells pages that are not HTML at all (an API's JSON, a PDF, an image or archive) from
/// HTML, before parsing: libxml2 would wrap any of them in `<html><body><p>` and hand their
/// bytes back as article text.
///
/// Looks only at the start of the page (and its last byte, for JSON), so it costs nothing on
/// large pages.
enum PageSniffer {
    /// Bytes of the page's start that are examined.
    static let sampleBytes = 4096
    /// Share of the sample that may be control characters or U+FFFD before the page counts as
    /// binary: text has almost none, compressed or image data about a fifth.
    static let maxBinaryShare = 0.05

    /// Why the page is not HTML, or nil when it may be.
    static func notHTML(_ html: String) -> String? {
        let bytes = html.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return nil }
        let start = bytes[first...]
        if start.starts(with: "%PDF-".utf8) { return "a PDF document (starts with %PDF-)" }
        if let head = start.first, head == UInt8(ascii: "{") || head == UInt8(ascii: "["),
            let tail = bytes.last(where: { !isSpace($0) }), tail == UInt8(ascii: "}") || tail == UInt8(ascii: "]")
        {
            return "JSON, not HTML (starts with \(Character(Unicode.Scalar(head))))"
        }
        var sampled = 0
        var binary = 0
        for scalar in html.unicodeScalars.prefix(sampleBytes) {
            sampled += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x00..<0x20, 0x7F, 0xFFFD: binary += 1
            default: continue
            }
        }
        if sampled >= 16, Double(binary) > maxBinaryShare * Double(sampled) {
            return "binary data (\(binary) of its first \(sampled) characters are control characters or U+FFFD)"
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0xEF || byte == 0xBB
            || byte == 0xBF
    }
}
