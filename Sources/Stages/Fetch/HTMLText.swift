import CLibXML2

/// The readable text of an HTML fragment (a feed's description or escaped content): tags
/// dropped, entities decoded, whitespace collapsed, one line per block element.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            var collector = TextCollector(readable: true)
            collector.append(html)
            return collector.text
        }
        // No HTML_PARSE_HUGE: a fragment deeper than 256 levels is not a summary worth keeping.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        var bytes = Array(html.utf8)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return "" }
        return NodeText(readable: true).text(under: root)
    }
}
