extension CleanStage {
    /// Settings of the clean stage (`clean` in pipeline.json).
    public struct Options: StageOptions {
        /// Blocks with fewer non-space characters are dropped (embeds are always kept).
        public var minBlockChars = 2
        /// Minimum non-space characters of loose text: text directly inside `div`, `section` or
        /// `td` rather than in a paragraph, where short bits are mostly labels and bylines.
        public var minLooseBlockChars = 25
        /// Blocks whose share of characters inside links is above this are dropped as link lists.
        public var maxLinkDensity = 0.5
        /// The page's best `<article>` (or `itemprop=articleBody`) is used only when it holds at
        /// least this share of its own text plus the kept text outside every `<article>`;
        /// otherwise the whole body is used.
        public var minArticleShare = 0.25
        /// An element that its class, id, role or tag (`header`, `form`) marks as boilerplate is
        /// kept when it holds at least this share of the page's non-link text: it is a layout
        /// wrapper around the article, not a sidebar.
        public var minWrapperShare = 0.5
        /// Iframes that embed a YouTube video or an Instagram, Facebook or Twitter post become
        /// embed blocks (text: the iframe's title, else its URL). Tweet blockquotes always do.
        public var embedIframes = true
        /// Figure captions and photo credits (`figcaption`, elements whose class names a caption
        /// or credit) become caption blocks. Off by default: captions repeat in slideshows, carry
        /// credit lines, and are not the article's body.
        public var keepCaptions = false
        /// Headings above the article's first paragraph of body text (its headline, deck and
        /// kicker) stay in the blocks. Off by default: the headline is the record's `title`.
        public var keepLeadHeadings = false
        /// A paragraph of body text, which ends the lead, has at least this many non-space
        /// characters and a sentence's punctuation.
        public var minBodyChars = 40
        /// Blocks after the last one in the element that holds most of the body paragraphs (or
        /// in a sibling of it) are dropped: comment policies, author bios, newsletter boxes.
        public var trimAfterBody = true

        public init() {}

        enum CodingKeys: String, CodingKey {
            case minBlockChars = "min_block_chars"
            case minLooseBlockChars = "min_loose_block_chars"
            case maxLinkDensity = "max_link_density"
            case minArticleShare = "min_article_share"
            case minWrapperShare = "min_wrapper_share"
            case embedIframes = "embed_iframes"
            case keepCaptions = "keep_captions"
            case keepLeadHeadings = "keep_lead_headings"
            case minBodyChars = "min_body_chars"
            case trimAfterBody = "trim_after_body"
        }
    }
}
