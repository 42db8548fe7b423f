import Foundation

/// Text elements of feeds, read as plain text, with the content type they declared.
enum FeedText {
    /// RSS text (title, description): RSS does not say whether it is HTML, so text with markup
    /// or entity references is read as HTML, as feed readers do; other text is only tidied.
    static func rss(_ element: XMLElementView) -> String? {
        guard let raw = element.rawText else { return nil }
        return nonEmpty(HTMLText.plainText(raw))
    }

    /// An Atom text construct (1.0: `type` text/html/xhtml; 0.3: a MIME type and `mode`
    /// xml/escaped/base64) as plain text, with its MIME type.
    static func atom(_ element: XMLElementView) -> (text: String?, type: String) {
        let declared = (element.attribute("type") ?? "text").trimmingCharacters(in: .whitespaces).lowercased()
        let type: String
        switch declared {
        case "text", "": type = "text/plain"
        case "html": type = "text/html"
        case "xhtml": type = "application/xhtml+xml"
        default: type = declared
        }
        let mode = element.attribute("mode")?.lowercased()
        if mode == "base64" {
            let decoded = element.rawText.flatMap { Data(base64Encoded: $0, options: .ignoreUnknownCharacters) }
            let text = decoded.map { String(decoding: $0, as: UTF8.self) }
            return (text.flatMap { isMarkup(type) ? HTMLText.plainText($0) : tidy($0) }.flatMap(nonEmpty), type)
        }
        if type.contains("xhtml") || (mode == "xml" && isMarkup(type)) {
            return (element.readableText, type)  // the markup is child elements
        }
        guard let raw = element.rawText else { return (nil, type) }
        return (nonEmpty(isMarkup(type) ? HTMLText.plainText(raw) : tidy(raw)), type)
    }

    /// Whitespace runs collapsed, ends trimmed.
    static func tidy(_ text: String) -> String {
        var collector = TextCollector(readable: true)
        collector.append(text)
        return collector.text
    }

    private static func isMarkup(_ type: String) -> Bool {
        type.contains("html") || type.hasSuffix("xml")
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
