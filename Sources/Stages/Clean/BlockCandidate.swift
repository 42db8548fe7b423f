/// A block as the collector found it, with the counts the filter and the selector score on.
struct BlockCandidate {
    var block: Block
    /// Non-space scalars of the text.
    var letters: Int
    /// Non-space scalars inside links.
    var linkLetters: Int
    /// Text directly in a `div`, `section`, `td`… rather than in a `p`, heading or list item.
    var isLoose: Bool
    /// An `h1` heading: the page's headline when it sits above the article's body.
    var isHeadline = false
    /// The element the block sits in: a block element's parent, or the container of loose text.
    var container: HTMLNode?

    var isEmbed: Bool { block.kind == .embed }

    /// Share of the text that is link text, 0 for an empty block.
    var linkDensity: Double {
        letters == 0 ? 0 : Double(linkLetters) / Double(letters)
    }
}

/// An `<article>` or `itemprop=articleBody` element: a region of candidates the page itself
/// marks as article text.
struct ArticleRegion {
    var node: HTMLNode
    /// The candidates inside it: `start..<end` in collection order.
    var start: Int
    var end: Int
    /// Whether it contains an `h1` that is not a link.
    var hasHeadline = false
}
