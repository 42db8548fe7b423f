import CLibXML2

/// A node of a libxml2 tree. Valid only while its `HTMLDocument` is alive.
typealias HTMLNode = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// Text and CDATA nodes: the ones whose `content` is page text.
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name; libxml2's HTML parser lowercases it.
    var tagName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name)
    }

    /// The value of an attribute (names are lowercase), entities decoded; nil when absent.
    func attribute(_ name: StaticString) -> String? {
        var property = pointee.properties
        while let attr = property {
            if let attrName = attr.pointee.name, Self.equal(attrName, name) {
                return Self.value(of: attr)
            }
            property = attr.pointee.next
        }
        return nil
    }

    /// Whether the element is marked `itemprop=articleBody` (in any case).
    var hasArticleBodyItemprop: Bool {
        var property = pointee.properties
        while let attr = property {
            if let name = attr.pointee.name, ElementAttributes.equal(name, "itemprop") {
                return AttributeBytes(attr)?.equalsIgnoringCase("articlebody") ?? false
            }
            property = attr.pointee.next
        }
        return false
    }

    /// The whole text of the subtree, whitespace collapsed and `<br>` as a newline, leaving
    /// out the subtree of `excluded`.
    func collapsedText(excluding excluded: HTMLNode? = nil) -> String {
        var visitor = TextGatherer(excluded: excluded)
        walkDOM(from: self, visitor: &visitor)
        return visitor.text.take()?.text ?? ""
    }

    /// The first element in the subtree (itself included, in document order) that matches.
    func firstElement(where matches: (HTMLNode) -> Bool) -> HTMLNode? {
        withoutActuallyEscaping(matches) { matches in
            var finder = ElementFinder(matches: matches, firstOnly: true)
            walkDOM(from: self, visitor: &finder)
            return finder.found.first
        }
    }

    /// Every element in the subtree (itself included, in document order) that matches.
    func elements(where matches: (HTMLNode) -> Bool) -> [HTMLNode] {
        withoutActuallyEscaping(matches) { matches in
            var finder = ElementFinder(matches: matches, firstOnly: false)
            walkDOM(from: self, visitor: &finder)
            return finder.found
        }
    }

    private static func equal(_ name: UnsafePointer<xmlChar>, _ key: StaticString) -> Bool {
        let keyBytes = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        var index = 0
        while index < keyBytes.count {
            if name[index] != keyBytes[index] { return false }
            index += 1
        }
        return name[index] == 0
    }

    private static func value(of attr: UnsafeMutablePointer<xmlAttr>) -> String {
        // Almost always one text node: make the string once, without appending.
        if let only = attr.pointee.children, only.pointee.next == nil {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var result = ""
        var child = attr.pointee.children
        while let node = child {
            if let content = node.pointee.content { result += String(cString: content) }
            child = node.pointee.next
        }
        return result
    }
}

/// Gathers the text of a subtree, skipping only what can never be text (scripts, styles).
private struct TextGatherer: DOMVisitor {
    let excluded: HTMLNode?
    var text = TextAccumulator()

    init(excluded: HTMLNode?) { self.excluded = excluded }

    mutating func enter(_ node: HTMLNode) -> WalkStep {
        if node == excluded { return .skip }
        if node.isText, let content = node.pointee.content {
            text.append(content, inLink: false)
            return .skip
        }
        guard node.isElement else { return .skip }
        switch node.tagName {
        case "script", "style", "template", "noscript": return .skip
        case "br":
            text.appendLineBreak()
            return .skip
        default: return .descend
        }
    }

    mutating func exit(_ node: HTMLNode) {}
}

private struct ElementFinder: DOMVisitor {
    let matches: (HTMLNode) -> Bool
    let firstOnly: Bool
    var found: [HTMLNode] = []

    mutating func enter(_ node: HTMLNode) -> WalkStep {
        guard node.isElement, !(firstOnly && !found.isEmpty) else { return .skip }
        if matches(node) {
            found.append(node)
            if firstOnly { return .skip }
        }
        return .descend
    }

    mutating func exit(_ node: HTMLNode) {}
}
