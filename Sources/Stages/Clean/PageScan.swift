/// One walk over the whole page, before the blocks are collected: it gathers what the
/// metadata needs and decides which elements are boilerplate.
///
/// An element that `BoilerplateRules` drops by tag is always dropped. One it drops by class,
/// id, role or wrapper tag is kept when it wraps the article: when it contains the headline
/// (an `h1` with text outside links) or the article body (`itemprop=articleBody`), or holds
/// at least `minWrapperShare` of the page's non-link text (a layout column named
/// `l-sidebar-fixed`, a page builder's `elementor-widget` around the post). Deciding that
/// needs the text under each element, which this walk counts bottom-up, once.
struct PageScan: DOMVisitor {
    private(set) var htmlLang: String?
    private(set) var htmlDir: String?
    private(set) var titleElement: String?
    private(set) var body: HTMLNode?
    private(set) var firstH1: HTMLNode?
    private(set) var canonicalLink: String?
    /// `<meta>` contents by lowercased `property`, `name` or `itemprop:NAME`; the first wins.
    private(set) var meta: [String: String] = [:]
    /// Contents of `<script type="application/ld+json">`, in page order.
    private(set) var jsonLD: [String] = []
    /// Elements whose subtree is not article text.
    private(set) var dropped: Set<HTMLNode> = []
    /// Elements whose class names a caption or a credit and that hold at most
    /// `maxCaptionLetters` and less than half the page's text: a whole page whose class soup
    /// mentions a caption is not one.
    private(set) var captions: Set<HTMLNode> = []
    /// Instagram, TikTok and Facebook posts written into the page (see `SocialEmbed`).
    private(set) var socialEmbeds: [HTMLNode: SocialEmbed.Kind] = [:]
    private var captionCandidates: [(node: HTMLNode, letters: Int)] = []
    static let maxCaptionLetters = 400

    private let rules: BoilerplateRules
    private let minWrapperShare: Double
    private var open: [OpenElement] = []
    private var flagged: [OpenElement] = []
    private var droppedDepth = 0
    private var linkDepth = 0
    private var pageLetters = 0

    private struct OpenElement {
        var node: HTMLNode
        var verdict: BoilerplateRules.Verdict
        var isLink: Bool
        var isHeadline = false
        var namesCaption = false
        /// Non-space scalars of text outside links and dropped elements.
        var letters = 0
        /// Whether it contains the headline (an `h1` with text outside links) or the article body.
        var hasMarker = false
    }

    static func scan(_ root: HTMLNode, rules: BoilerplateRules, minWrapperShare: Double) -> PageScan {
        var scan = PageScan(rules: rules, minWrapperShare: minWrapperShare)
        scan.htmlLang = root.attribute("lang") ?? root.attribute("xml:lang")
        scan.htmlDir = root.attribute("dir")?.lowercased()
        walkDOM(from: root, visitor: &scan)
        for element in scan.flagged where !element.hasMarker {
            if Double(element.letters) < minWrapperShare * Double(scan.pageLetters) {
                scan.dropped.insert(element.node)
            }
        }
        for caption in scan.captionCandidates where caption.letters * 2 < scan.pageLetters {
            scan.captions.insert(caption.node)
        }
        return scan
    }

    private init(rules: BoilerplateRules, minWrapperShare: Double) {
        self.rules = rules
        self.minWrapperShare = minWrapperShare
    }

    mutating func enter(_ node: HTMLNode) -> WalkStep {
        if node.isText {
            if droppedDepth == 0, linkDepth == 0, !open.isEmpty, let content = node.pointee.content {
                open[open.count - 1].letters += TextAccumulator.letters(in: content)
            }
            return .skip
        }
        guard node.isElement else { return .skip }
        let tag = node.tagName
        let attributes = ElementAttributes(node)
        guard readMetadata(node, tag: tag, itemprop: attributes.itemprop) else {
            if droppedDepth == 0 { dropped.insert(node) }
            return .skip
        }
        var element = OpenElement(
            node: node, verdict: rules.verdict(tag: tag, attributes: attributes), isLink: tag == "a")
        if element.verdict == .drop {
            dropped.insert(node)
            droppedDepth += 1
        }
        if element.isLink { linkDepth += 1 }
        element.isHeadline = tag == "h1"
        if droppedDepth == 0, let classes = attributes.classes {
            if element.verdict == .keep { element.namesCaption = BoilerplateRules.namesCaption(classes.bytes) }
            if let kind = SocialEmbed.kind(classes: classes.bytes, tag: tag) { socialEmbeds[node] = kind }
        }
        element.hasMarker = attributes.itemprop?.equalsIgnoringCase("articlebody") ?? false
        if tag == "h1", firstH1 == nil { firstH1 = node }
        if tag == "body", body == nil { body = node }
        open.append(element)
        return .descend
    }

    mutating func exit(_ node: HTMLNode) {
        guard var element = open.popLast() else { return }
        if element.isHeadline, element.letters > 0 { element.hasMarker = true }
        if element.isLink { linkDepth -= 1 }
        if element.verdict == .drop {
            droppedDepth -= 1
            return
        }
        if element.verdict == .dropUnlessWrapper { flagged.append(element) }
        if element.namesCaption, element.letters <= Self.maxCaptionLetters {
            captionCandidates.append((node, element.letters))
        }
        if open.isEmpty {
            pageLetters = element.letters
        } else {
            open[open.count - 1].letters += element.letters
            if element.hasMarker { open[open.count - 1].hasMarker = true }
        }
    }

    /// Reads what metadata an element carries; false for elements whose content is never
    /// page text (scripts, styles, `<title>`, `<meta>`…), which the walk then skips.
    private mutating func readMetadata(_ node: HTMLNode, tag: String, itemprop: AttributeBytes?) -> Bool {
        switch tag {
        case "svg", "style", "noscript", "template", "meta", "link", "head", "title", "script":
            break
        default:
            if let itemprop {
                let key = "itemprop:" + itemprop.string.lowercased()
                if meta[key] == nil, let value = node.attribute("content") ?? node.attribute("datetime") {
                    meta[key] = value
                }
            }
            return true
        }
        switch tag {
        case "head": return true
        case "script":
            if let type = node.attribute("type"), type.lowercased().contains("ld+json") {
                jsonLD.append(Self.rawText(of: node))
            }
        case "title":
            if titleElement == nil { titleElement = node.collapsedText() }
        case "meta":
            readMeta(node)
        case "link":
            if canonicalLink == nil, let rel = node.attribute("rel"),
                rel.lowercased().split(separator: " ").contains("canonical")
            {
                canonicalLink = node.attribute("href")
            }
        default: break
        }
        return false
    }

    private mutating func readMeta(_ node: HTMLNode) {
        guard let content = node.attribute("content") else { return }
        var keys = [node.attribute("property"), node.attribute("name")].compactMap { $0?.lowercased() }
        if let itemprop = node.attribute("itemprop") { keys.append("itemprop:" + itemprop.lowercased()) }
        for key in keys where meta[key] == nil { meta[key] = content }
    }

    /// A script's text exactly as written (libxml2 keeps script bodies raw).
    private static func rawText(of node: HTMLNode) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { text += String(cString: content) }
            child = current.pointee.next
        }
        return text
    }
}
