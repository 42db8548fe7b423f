import Foundation
import CLibXML2

/// The attributes the page scan reads on every element, found in one pass over the element's
/// attribute list, as libxml2's own NUL-terminated bytes (entities already decoded): most
/// elements have a class, and making a String of each cost more than the scan itself.
struct ElementAttributes {
    var classes: AttributeBytes?
    var id: AttributeBytes?
    var role: AttributeBytes?
    var style: AttributeBytes?
    var itemprop: AttributeBytes?
    var hidden = false

    init(_ node: HTMLNode) {
        var property = node.pointee.properties
        while let attr = property {
            property = attr.pointee.next
            guard let name = attr.pointee.name else { continue }
            // libxml2 keeps only the first of repeated attributes; so does `attribute(_:)`.
            switch name[0] {
            case UInt8(ascii: "c") where Self.equal(name, "class") && classes == nil: classes = AttributeBytes(attr)
            case UInt8(ascii: "i") where Self.equal(name, "id") && id == nil: id = AttributeBytes(attr)
            case UInt8(ascii: "i") where Self.equal(name, "itemprop") && itemprop == nil: itemprop = AttributeBytes(attr)
            case UInt8(ascii: "r") where Self.equal(name, "role") && role == nil: role = AttributeBytes(attr)
            case UInt8(ascii: "s") where Self.equal(name, "style") && style == nil: style = AttributeBytes(attr)
            case UInt8(ascii: "h") where Self.equal(name, "hidden"): hidden = true
            default: break
            }
        }
    }

    static func equal(_ name: UnsafePointer<xmlChar>, _ key: StaticString) -> Bool {
        let count = key.utf8CodeUnitCount
        let keyBytes = key.utf8Start
        for index in 0..<count where name[index] != keyBytes[index] { return false }
        return name[count] == 0
    }
}

/// An attribute's value as libxml2 holds it: one text node in an HTML tree, or none for a
/// bare attribute (`<div hidden>`), which reads as empty.
struct AttributeBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    init?(_ attr: UnsafeMutablePointer<xmlAttr>) {
        guard let only = attr.pointee.children else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        // Several text nodes never happen in an HTML tree; `attribute(_:)` handles them.
        guard only.pointee.next == nil, let content = only.pointee.content else { return nil }
        bytes = UnsafeBufferPointer(start: content, count: strlen(content))
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the value equals `lowercase` in any ASCII case.
    func equalsIgnoringCase(_ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lowered != expected[index] { return false }
        }
        return true
    }
}
