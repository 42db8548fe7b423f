/// Walks the page body once and cuts its text into candidate blocks, skipping boilerplate
/// subtrees and turning embedded posts (`TweetEmbed`, `SocialEmbed`, `IframeEmbed`) into
/// embed blocks.
///
/// Headings, paragraphs, list items, quotes and captions each make a block; text that sits
/// directly in containers (`div`, `section`…) makes loose paragraph blocks, so pages
/// without `<p>` still give text. A `p` inside a quote, list item or caption takes that kind.
/// A table row is one paragraph, its cells separated by spaces; an element whose class names
/// a caption or a photo credit makes caption blocks.
struct BlockCollector: DOMVisitor {
    /// Elements whose subtrees are skipped (decided by `PageScan`).
    let dropped: Set<HTMLNode>
    /// Small elements whose class names a caption or credit (decided by `PageScan`).
    let captions: Set<HTMLNode>
    /// Embedded posts found by `PageScan`.
    let socialEmbeds: [HTMLNode: SocialEmbed.Kind]
    let embedsIframes: Bool

    private(set) var candidates: [BlockCandidate] = []
    private(set) var regions: [ArticleRegion] = []

    private struct Context {
        var kind: Block.Kind
        var isLoose: Bool
        var isHeadline = false
        /// The block element's parent.
        var parent: HTMLNode?
    }

    private struct OpenElement {
        var role: ElementRole
        var region: Int?
    }

    private var contexts = [Context(kind: .paragraph, isLoose: true)]
    private var open: [OpenElement] = []
    private var text = TextAccumulator()
    private var linkDepth = 0
    private var openRegions: [Int] = []
    /// Open container elements, innermost last: loose text belongs to the last.
    private var openContainers: [HTMLNode] = []

    init(dropped: Set<HTMLNode>, captions: Set<HTMLNode>, socialEmbeds: [HTMLNode: SocialEmbed.Kind], embedsIframes: Bool) {
        self.dropped = dropped
        self.captions = captions
        self.socialEmbeds = socialEmbeds
        self.embedsIframes = embedsIframes
    }

    mutating func enter(_ node: HTMLNode) -> WalkStep {
        if node.isText {
            if let content = node.pointee.content { text.append(content, inLink: linkDepth > 0) }
            return .skip
        }
        guard node.isElement else { return .skip }
        let tag = node.tagName
        if let embed = embed(node, tag: tag) {
            flush()
            candidates.append(
                BlockCandidate(
                    block: embed, letters: embed.text.count, linkLetters: 0, isLoose: false,
                    container: node.pointee.parent))
            return .skip
        }
        if dropped.contains(node) { return .skip }
        if tag == "br" {
            text.appendLineBreak()
            return .skip
        }
        var role = ElementRole(tag: tag)
        switch (role, tag) {
        case (.container, _) where captions.contains(node), (.block(.paragraph), "p") where captions.contains(node):
            role = .block(.caption)
        case (.block, "tr") where TableLayout.isLayoutRow(node), (.cell, _) where TableLayout.holdsBlocks(node):
            role = .container
        default: break
        }
        var element = OpenElement(role: role, region: nil)
        switch role {
        case .link: linkDepth += 1
        case .inline: break
        case .container:
            flush()
            openContainers.append(node)
        case .cell:
            text.appendSpace()
        case .block(let kind):
            flush()
            let enclosing = contexts[contexts.count - 1].kind
            contexts.append(
                Context(kind: kind.nested(in: enclosing), isLoose: false, isHeadline: tag == "h1", parent: Self.home(of: node)))
        }
        if tag == "article" || node.hasArticleBodyItemprop {
            element.region = regions.count
            openRegions.append(regions.count)
            regions.append(ArticleRegion(node: node, start: candidates.count, end: candidates.count))
        }
        open.append(element)
        return .descend
    }

    mutating func exit(_ node: HTMLNode) {
        guard let element = open.popLast() else { return }
        switch element.role {
        case .link: linkDepth -= 1
        case .inline: break
        case .cell: text.appendSpace()
        case .container:
            flush()
            openContainers.removeLast()
        case .block:
            flush()
            contexts.removeLast()
        }
        if let region = element.region {
            flush()
            regions[region].end = candidates.count
            openRegions.removeLast()
            if regions[region].hasHeadline, let parent = openRegions.last { regions[parent].hasHeadline = true }
        }
    }

    /// Ends the walk: text left after the last element becomes a block.
    mutating func finish() { flush() }

    private mutating func flush() {
        guard let taken = text.take() else { return }
        let context = contexts[contexts.count - 1]
        // A headline that is a link is a teaser's, not the article's.
        if context.isHeadline, taken.linkLetters * 2 <= taken.letters, let region = openRegions.last {
            regions[region].hasHeadline = true
        }
        candidates.append(
            BlockCandidate(
                block: Block(kind: context.kind, text: taken.text), letters: taken.letters,
                linkLetters: taken.linkLetters, isLoose: context.isLoose, isHeadline: context.isHeadline,
                container: context.isLoose ? openContainers.last : context.parent))
    }

    /// The element a block sits in: its parent, or for a list item or table row the list's or
    /// table's parent, so that a list or table inside the article sits where its paragraphs do.
    private static func home(of node: HTMLNode) -> HTMLNode? {
        guard var parent = node.pointee.parent else { return nil }
        var climbed = 0
        while climbed < 3, ["ul", "ol", "table", "tbody", "thead", "tfoot"].contains(parent.tagName),
            let next = parent.pointee.parent
        {
            parent = next
            climbed += 1
        }
        return parent
    }

    private func embed(_ node: HTMLNode, tag: String) -> Block? {
        switch tag {
        case "blockquote" where TweetEmbed.isTweet(node): TweetEmbed.block(from: node)
        case "blockquote", "div":
            socialEmbeds.isEmpty ? nil : socialEmbeds[node].map { SocialEmbed.block(from: node, kind: $0) }
        case "iframe": embedsIframes ? IframeEmbed.block(from: node) : nil
        default: nil
        }
    }
}

/// What an element does to the blocks around it.
enum ElementRole {
    /// Starts a block of its own kind.
    case block(Block.Kind)
    /// Ends the text before it and after it, without a kind of its own.
    case container
    /// A table cell: a space between its text and its neighbours', within the row's block.
    case cell
    case link
    case inline

    init(tag: String) {
        switch tag {
        case "p", "pre", "tr": self = .block(.paragraph)
        case "td", "th": self = .cell
        case "h1", "h2", "h3", "h4", "h5", "h6": self = .block(.heading)
        case "li": self = .block(.listItem)
        case "blockquote": self = .block(.quote)
        case "figcaption": self = .block(.caption)
        case "a": self = .link
        default: self = Self.containerTags.contains(tag) ? .container : .inline
        }
    }

    static let containerTags: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "form", "table",
        "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "dt", "dd", "figure", "center", "hr",
        "address", "details", "summary", "fieldset", "hgroup",
    ]
}

extension Block.Kind {
    /// A paragraph inside a quote, list item or caption is part of it.
    func nested(in enclosing: Block.Kind) -> Block.Kind {
        guard self == .paragraph else { return self }
        switch enclosing {
        case .quote, .listItem, .caption: return enclosing
        default: return self
        }
    }
}
