import CLibXML2

/// libxml2's one-time setup. Swift initialises globals lazily and thread-safely, so the first
/// parse on any worker runs `xmlInitParser()` exactly once.
private let libxml2Ready: Bool = {
    xmlInitParser()
    return true
}()

/// A parsed HTML page that frees its libxml2 tree when it goes away.
///
/// Not `Sendable`: a document lives inside one `process` call on one worker.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parser options. Deliberately without `HTML_PARSE_NOBLANKS`: it removes whitespace-only
    /// text nodes, which glues words such as `<b>a</b> <i>b</i>`. `XML_PARSE_HUGE` (the HTML
    /// parser's huge option in libxml2 2.9) lifts the depth limit of 256, past which libxml2
    /// silently drops the rest of the page. `HTML_PARSE_IGNORE_ENC` backs up the explicit
    /// UTF-8: a `<meta charset>` must never re-decode text that fetch already decoded.
    /// `HTML_PARSE_COMPACT` keeps short text inside its node (one allocation fewer each);
    /// `HTML_PARSE_NODEFDTD` skips a DOCTYPE node nothing reads.
    private static let options: Int32 = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
            | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue)

    /// Parses `html`, which is already UTF-8: the encoding is passed explicitly so that libxml2
    /// ignores a page's `<meta charset>`. Script and style bodies are cut first
    /// (`RawTextStripper`). Nil when libxml2 makes no document of it.
    init?(html: String) {
        _ = libxml2Ready
        var html = html
        let parsed: htmlDocPtr? = html.withUTF8 { page -> htmlDocPtr? in
            guard let stripped = RawTextStripper.stripped(page) else { return Self.parse(page) }
            return stripped.withUnsafeBufferPointer { Self.parse($0) }
        }
        guard let parsed else { return nil }
        pointer = parsed
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlReadMemory(chars, Int32(bytes.count), nil, "UTF-8", HTMLDocument.options)
        }
    }

    deinit { xmlFreeDoc(pointer) }

    /// The `<html>` element, or nil when the page has no element at all.
    var rootElement: HTMLNode? { xmlDocGetRootElement(pointer) }
}
