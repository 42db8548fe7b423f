/// Walks the page body once and cuts its text into candidate blocks, skipping boilerplate
/// subtrees and turning embedded posts into embed blocks.
///
/// Headings, paragraphs, list items, quotes and captions each make a block; text that sits
/// directly in containers (`div`, `section`, `td`…) makes loose paragraph blocks, so pages
/// without `<p>` still give text. A `p` inside a quote, list item or caption takes that kind.
struct BlockCollector: DOMVisitor {
    /// Elements whose subtrees are skipped (decided by `PageScan`).
    let dropped: Set<HTMLNode>
    let embedsIframes: Bool

    private(set) var candidates: [BlockCandidate] = []
    private(set) var regions: [ArticleRegion] = []

    private struct Context {
        var kind: Block.Kind
        var isLoose: Bool
        var isHeadline = false
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

    init(dropped: Set<HTMLNode>, embedsIframes: Bool) {
        self.dropped = dropped
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
            candidates.append(BlockCandidate(block: embed, letters: embed.text.count, linkLetters: 0, isLoose: false))
            return .skip
        }
        if dropped.contains(node) { return .skip }
        if tag == "br" {
            text.appendLineBreak()
            return .skip
        }
        let role = ElementRole(tag: tag)
        var element = OpenElement(role: role, region: nil)
        switch role {
        case .link: linkDepth += 1
        case .inline: break
        case .container:
            flush()
        case .block(let kind):
            flush()
            let enclosing = contexts[contexts.count - 1].kind
            contexts.append(Context(kind: kind.nested(in: enclosing), isLoose: false, isHeadline: tag == "h1"))
        }
        if tag == "article" || node.attribute("itemprop")?.lowercased() == "articlebody" {
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
        case .container: flush()
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
                linkLetters: taken.linkLetters, isLoose: context.isLoose))
    }

    private func embed(_ node: HTMLNode, tag: String) -> Block? {
        switch tag {
        case "blockquote": TweetEmbed.isTweet(node) ? TweetEmbed.block(from: node) : nil
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
    case link
    case inline

    init(tag: String) {
        switch tag {
        case "p", "pre": self = .block(.paragraph)
        case "h1", "h2", "h3", "h4", "h5", "h6": self = .block(.heading)
        case "li": self = .block(.listItem)
        case "blockquote": self = .block(.quote)
        case "figcaption": self = .block(.caption)
        case "a": self = .link
        default: self = Self.containerTags.contains(tag) ? .container : .inline
        }
    }

    static let containerTags: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "form", "td", "th", "tr", "table",
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
