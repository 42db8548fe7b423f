import Foundation

/// Builds SVG elements with every attribute value escaped, so chart code reads as shapes.
enum SVGMarkup {
    /// An attribute value: a number with one decimal, or text.
    enum Value: ExpressibleByStringLiteral, ExpressibleByFloatLiteral {
        case number(Double)
        case text(String)

        init(stringLiteral value: String) { self = .text(value) }
        init(floatLiteral value: Double) { self = .number(value) }

        var rendered: String {
            switch self {
            case .number(let value): String(format: "%.1f", value)
            case .text(let value): HTMLEscape.text(value)
            }
        }
    }

    /// `<name a="1">children</name>`, or `<name a="1"/>` without children. Children are markup
    /// already: escape text with `HTMLEscape.text` or use `text(_:)`.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, Value>, _ children: String? = nil) -> String
    {
        var tag = "<" + name
        for (key, value) in attributes { tag += " \(key)=\"\(value.rendered)\"" }
        guard let children else { return tag + "/>" }
        return tag + ">" + children + "</\(name)>"
    }

    /// A `<title>`: the tooltip of its parent, and its accessible name.
    static func title(_ text: String) -> String { "<title>\(HTMLEscape.text(text))</title>" }
}
