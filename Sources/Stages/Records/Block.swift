/// One unit of an article's main text, in reading order.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case heading, paragraph, quote, embed, caption
        case listItem = "list_item"
    }

    public var kind: Kind
    public var text: String
    /// For embeds: `twitter`, `youtube`, `instagram`, `facebook`, or the iframe's host.
    public var provider: String?
    public var author: String?
    public var handle: String?
    /// ISO 8601 date of an embedded post, when it shows one.
    public var date: String?
    public var url: String?

    public init(
        kind: Kind, text: String, provider: String? = nil, author: String? = nil,
        handle: String? = nil, date: String? = nil, url: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.provider = provider
        self.author = author
        self.handle = handle
        self.date = date
        self.url = url
    }

    /// Blocks joined as the record's `text`: one blank line between blocks.
    public static func joinedText(_ blocks: [Block]) -> String {
        blocks.map(\.text).joined(separator: "\n\n")
    }

    /// Paragraph blocks from plain text: one per run of lines between blank lines.
    public static func paragraphs(of text: String) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(Block(kind: .paragraph, text: current.joined(separator: "\n"))) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(Block(kind: .paragraph, text: current.joined(separator: "\n"))) }
        return blocks
    }
}
