import CLibXML2
import Foundation

/// The text under a libxml2 node (XML or HTML tree), gathered without recursion so that a
/// deeply nested document cannot exhaust the stack.
///
/// Entity references declared in the document's DTD are expanded up to `maxEntityDepth`, and
/// the text stops growing at `budget` UTF-8 bytes: a "billion laughs" feed costs little.
struct NodeText {
    /// Collapse whitespace runs to one space and put block elements on their own lines;
    /// otherwise text is kept verbatim.
    var readable: Bool
    var budget = 1 << 20
    var maxEntityDepth = 4

    private enum Step {
        case nodes(xmlNodePtr?, entityDepth: Int)
        case blockEnd
    }

    /// The text of `node`'s children (not of `node`'s own attributes), trimmed.
    func text(under node: xmlNodePtr) -> String {
        var collector = TextCollector(readable: readable)
        var steps: [Step] = [.nodes(node.pointee.children, entityDepth: 0)]
        while let step = steps.popLast(), collector.count < budget {
            guard case .nodes(let current?, let depth) = step else {
                if case .blockEnd = step { collector.blockBoundary() }
                continue
            }
            steps.append(.nodes(current.pointee.next, entityDepth: depth))
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { collector.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let name = String(cString: current.pointee.name).lowercased()
                if readable, Self.skipped.contains(name) { continue }
                if readable, Self.blocks.contains(name) {
                    collector.blockBoundary()
                    steps.append(.blockEnd)
                }
                steps.append(.nodes(current.pointee.children, entityDepth: depth))
            case XML_ENTITY_REF_NODE where depth < maxEntityDepth:
                guard let entity = xmlGetDocEntity(current.pointee.doc, current.pointee.name) else { continue }
                if let children = entity.pointee.children {
                    steps.append(.nodes(children, entityDepth: depth + 1))
                } else if let content = entity.pointee.content {
                    collector.append(String(cString: content))
                }
            default:
                continue
            }
        }
        return readable ? collector.text : collector.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let skipped: Set<String> = ["script", "style", "noscript", "template"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "aside",
        "figure", "figcaption", "hr", "address", "nav", "main",
    ]
}

/// Builds text from pieces: verbatim, or readable (whitespace runs collapsed, one line per block).
struct TextCollector {
    let readable: Bool
    private(set) var text = ""
    private var pendingSpace = false
    private var pendingBreak = false

    init(readable: Bool) {
        self.readable = readable
    }

    var count: Int { text.utf8.count }

    mutating func append(_ piece: String) {
        guard readable else {
            text += piece
            return
        }
        for scalar in piece.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingBreak {
                text += "\n"
            } else if pendingSpace {
                text += " "
            }
            pendingBreak = false
            pendingSpace = false
            text.unicodeScalars.append(Self.windows1252Letter(for: scalar) ?? scalar)
        }
    }

    mutating func blockBoundary() {
        pendingBreak = !text.isEmpty
    }

    /// C1 control characters in text are windows-1252 punctuation that went through a Latin-1
    /// decoder (U+0092 was a right single quote); they never mean anything as controls.
    private static func windows1252Letter(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(scalar.value) else { return nil }
        return Unicode.Scalar(windows1252C1[Int(scalar.value - 0x80)])
    }

    /// windows-1252 bytes 0x80–0x9F; the five undefined ones stay as they were.
    private static let windows1252C1: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
