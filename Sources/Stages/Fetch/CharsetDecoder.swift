/// How a page's charset was decided (the record's `charset_source`).
public enum CharsetSource: String, Sendable, Codable {
    /// The Content-Type header's charset parameter.
    case http
    /// A byte order mark.
    case bom
    /// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first bytes.
    case meta
    /// Read from the bytes: valid UTF-8, Arabic in a legacy charset, or a mislabelled page.
    case detected
    /// Nothing else applied: windows-1252.
    case `default`
}

/// A page's bytes decoded to a string, and the charset used.
public struct DecodedPage: Sendable, Equatable {
    public var text: String
    /// Lowercase canonical name: `utf-8`, `windows-1256`, `iso-8859-6`, `windows-1252` ...
    public var charset: String
    public var source: CharsetSource
}

/// Decodes a page to a string, deciding its charset the way browsers do, with one exception
/// for mislabelled Arabic sites.
///
/// Order: a byte order mark (it overrides the header, as in the WHATWG Encoding Standard),
/// the HTTP charset, the meta declaration, then detection: valid UTF-8, Arabic letters in
/// windows-1256 or ISO-8859-6, else windows-1252. A declared legacy charset loses to UTF-8
/// when the bytes are valid UTF-8 with multi-byte sequences: real windows-1256 text is
/// practically never valid UTF-8, while UTF-8 pages still labelled windows-1256 are common.
/// A declaration iconv does not know, or a UTF-8 declaration over invalid bytes, is skipped.
public struct CharsetDecoder: Sendable {
    var metaScanner = MetaCharsetScanner()

    public init() {}

    /// - Parameter contentType: the HTTP Content-Type header, if the page came over HTTP.
    public func decode(_ bytes: [UInt8], contentType: String? = nil) -> DecodedPage {
        if let (charset, length) = byteOrderMark(bytes) {
            return decode(bytes[length...], as: charset, source: .bom)
        }
        let declarations: [(String?, CharsetSource)] = [
            (contentType.flatMap(CharsetLabel.parameter(in:)), .http),
            (metaScanner.declaredCharset(in: bytes), .meta),
        ]
        for case (let label?, let source) in declarations {
            guard var charset = CharsetLabel.canonical(label) else { continue }
            if source == .meta, charset.hasPrefix("utf-16") { charset = "utf-8" }
            if charset == "utf-8" {
                guard let text = String(validating: bytes, as: UTF8.self) else { continue }
                return DecodedPage(text: text, charset: charset, source: source)
            }
            guard Iconv.supports(charset) else { continue }
            if !charset.hasPrefix("utf-"), bytes.contains(where: { $0 >= 0x80 }),
                let text = String(validating: bytes, as: UTF8.self)
            {
                return DecodedPage(text: text, charset: "utf-8", source: .detected)
            }
            return decode(bytes[...], as: charset, source: source)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedPage(text: text, charset: "utf-8", source: .detected)
        }
        if let arabic = LegacyArabicDetector.charset(of: bytes) {
            return decode(bytes[...], as: arabic, source: .detected)
        }
        return decode(bytes[...], as: "windows-1252", source: .default)
    }

    private func decode(_ bytes: ArraySlice<UInt8>, as charset: String, source: CharsetSource) -> DecodedPage {
        let text =
            charset == "utf-8"
            ? String(decoding: bytes, as: UTF8.self)
            : Iconv.decode(bytes, from: charset)?.text ?? String(decoding: bytes, as: UTF8.self)
        return DecodedPage(text: text, charset: charset, source: source)
    }

    private func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("utf-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("utf-16le", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("utf-16be", 2) }
        return nil
    }
}
