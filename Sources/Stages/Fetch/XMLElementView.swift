import CLibXML2
import Foundation

/// Feed vocabularies, by namespace. Elements are matched by vocabulary and local name, so
/// that `media:title` is never taken for an item's title.
enum FeedVocabulary: Sendable {
    /// RSS 0.9x/2.0 (no namespace) and RSS 0.90/1.0 (RDF): the same element names.
    case rss
    case atom, dublinCore, dublinCoreTerms, content, xhtml, rdf, other

    init(namespace: String?) {
        switch namespace {
        case nil, "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss":
            self = .rss
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": self = .atom
        case "http://purl.org/dc/elements/1.1/": self = .dublinCore
        case "http://purl.org/dc/terms/": self = .dublinCoreTerms
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        default: self = .other
        }
    }
}

/// A read-only view of one libxml2 element; valid while its document lives.
struct XMLElementView {
    let node: xmlNodePtr

    var localName: String { String(cString: node.pointee.name) }

    var vocabulary: FeedVocabulary {
        FeedVocabulary(namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } })
    }

    func `is`(_ vocabulary: FeedVocabulary, _ name: String) -> Bool {
        localName == name && self.vocabulary == vocabulary
    }

    /// Child elements, in document order.
    var children: [XMLElementView] {
        var result: [XMLElementView] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElementView(node: current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child in `vocabulary` named `name`.
    func child(_ vocabulary: FeedVocabulary, _ name: String) -> XMLElementView? {
        children.first { $0.is(vocabulary, name) }
    }

    /// An attribute by local name, whatever its namespace.
    func attribute(_ name: String) -> String? {
        owned(xmlGetProp(node, name))
    }

    /// The text inside, verbatim and trimmed; nil when empty.
    var rawText: String? {
        let text = NodeText(readable: false).text(under: node)
        return text.isEmpty ? nil : text
    }

    /// The text inside with markup dropped and whitespace collapsed; nil when empty.
    var readableText: String? {
        let text = NodeText(readable: true).text(under: node)
        return text.isEmpty ? nil : text
    }

    /// `xml:lang` in effect here (inherited from ancestors), as a BCP 47 tag.
    var language: String? {
        owned(xmlNodeGetLang(node)).flatMap { $0.isEmpty ? nil : Self.languageTag($0) }
    }

    /// `en_US` written as the BCP 47 `en-US`.
    static func languageTag(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "-")
    }

    /// `href` resolved against the base in effect here (`xml:base` and the document's URL).
    func resolve(_ href: String) -> String {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base = owned(xmlNodeGetBase(node.pointee.doc, node)), let baseURL = URL(string: base),
            let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteString
        else { return trimmed }
        return resolved
    }

    /// A libxml2 string the caller owns, copied and freed.
    private func owned(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { clibxml2_free(pointer) }
        return String(cString: pointer)
    }
}
