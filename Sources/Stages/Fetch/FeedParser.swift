import CLibXML2

/// Reads RSS 0.9x/2.0, RSS 0.90/1.0 (RDF) and Atom 0.3/1.0 feeds with libxml2, and JSON Feed
/// 1.0/1.1 (a document whose first character is `{`) with `JSONFeedReader`.
///
/// Ill-formed feeds are read in recovery mode and marked `bozo`. The parser never loads
/// anything: no network (`XML_PARSE_NONET`), no external entities or DTDs (no
/// `XML_PARSE_NOENT`/`DTDLOAD`); internal entities are expanded by `NodeText` within a budget.
public struct FeedParser: Sendable {
    public init() {
        xmlInitParser()
    }

    /// - Parameters:
    ///   - bytes: the feed document; its XML declaration or BOM gives the encoding (JSON: UTF-8).
    ///   - url: where it came from, to resolve relative links (nil: only `xml:base` applies).
    public func parse(_ bytes: [UInt8], url: String? = nil) -> ParsedFeed {
        var broken = ParsedFeed(format: nil, bozo: true, encoding: "utf-8")
        if let json = Self.jsonBody(bytes) { return parseJSON(json, url: url) }
        guard !bytes.isEmpty, bytes.count < Int32.max, let context = xmlNewParserCtxt() else { return broken }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), url, nil, options)
            }
        }
        guard let document else { return broken }
        defer { xmlFreeDoc(document) }
        broken.encoding = document.pointee.encoding.map { String(cString: $0).lowercased() } ?? "utf-8"
        guard let rootNode = xmlDocGetRootElement(document) else { return broken }
        var feed = read(XMLElementView(node: rootNode)) ?? broken
        feed.encoding = broken.encoding
        // Namespace errors (an undeclared prefix) leave the XML well-formed but the feed ambiguous.
        feed.bozo = feed.format == nil || context.pointee.wellFormed == 0 || context.pointee.nsWellFormed == 0
        return feed
    }

    private func read(_ root: XMLElementView) -> ParsedFeed? {
        switch (root.vocabulary, root.localName) {
        case (.rss, "rss"):
            let channel = root.child(.rss, "channel")
            return RSSReader().feed(channel: channel, items: channel?.children ?? [], format: .rss)
        case (.rdf, "RDF"):
            // RSS 0.90/1.0 put items beside the channel, not inside it.
            let channel = root.child(.rss, "channel")
            return RSSReader().feed(channel: channel, items: root.children, format: .rdf)
        case (.atom, "feed"), (.rss, "feed"):
            return AtomReader(vocabulary: root.vocabulary).feed(root)
        default:
            return nil
        }
    }

    /// The document after its UTF-8 BOM when its first non-blank byte is `{`: JSON, not XML.
    static func jsonBody(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") ? body : nil
    }

    /// Malformed JSON is not a feed (JSON has no recovery mode). JSON Feed is UTF-8: other
    /// bytes are read as U+FFFD and the feed marked `bozo`.
    private func parseJSON(_ json: ArraySlice<UInt8>, url: String?) -> ParsedFeed {
        let isUTF8 = String(validating: json, as: UTF8.self) != nil
        let text = isUTF8 ? json : Array(String(decoding: json, as: UTF8.self).utf8)[...]
        guard var feed = try? JSONFeedReader().feed(text, url: url) else {
            return ParsedFeed(format: nil, bozo: true, encoding: "utf-8")
        }
        feed.bozo = !isUTF8
        return feed
    }
}
