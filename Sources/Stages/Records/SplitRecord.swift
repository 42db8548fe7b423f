/// One language part of an article (id `<doc_id>#<lang>`): the split stage's output and
/// the normalize stage's input.
///
/// Filter-mode inputs need `id` and `text`; `lang`, `published` and the rest are optional.
public struct SplitRecord: Codable, Sendable, Equatable {
    public var identity: RecordIdentity
    public var fetch: FetchInfo
    public var article: ArticleInfo
    public var lang: Language?
    public var confidence: Double?
    /// For an `other` part: the language the model reads it as (ISO 639-1 or 639-3 code: "fa",
    /// "ur", "fr"), when it knows one; nil otherwise.
    public var guess: String?
    public var segments: [Segment]
    /// The blocks of this part, in article order.
    public var blocks: [Block]
    public var text: String

    public init(
        identity: RecordIdentity, fetch: FetchInfo, article: ArticleInfo, lang: Language?,
        confidence: Double?, guess: String? = nil, segments: [Segment], blocks: [Block], text: String
    ) {
        self.identity = identity
        self.fetch = fetch
        self.article = article
        self.lang = lang
        self.confidence = confidence
        self.guess = guess
        self.segments = segments
        self.blocks = blocks
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case lang, confidence, guess, segments, blocks, text }

    public init(from decoder: Decoder) throws {
        identity = try RecordIdentity(from: decoder)
        fetch = try FetchInfo(from: decoder)
        article = try ArticleInfo(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        lang = try c.decodeIfPresent(Language.self, forKey: .lang)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
        guess = try c.decodeIfPresent(String.self, forKey: .guess)
        segments = try c.decodeIfPresent([Segment].self, forKey: .segments) ?? []
        blocks = try c.decodeIfPresent([Block].self, forKey: .blocks) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        try identity.encode(to: encoder)
        try fetch.encode(to: encoder)
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(lang, forKey: .lang)
        try c.encodeIfPresent(confidence, forKey: .confidence)
        try c.encodeIfPresent(guess, forKey: .guess)
        try c.encode(segments, forKey: .segments)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(text, forKey: .text)
    }
}

/// A stretch of a part's text with one language label.
public struct Segment: Codable, Sendable, Equatable {
    /// Index of the block in the article's `blocks` (the clean stage's order).
    public var block: Int
    /// Offsets into the part's `text`, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    public var lang: Language
    public var confidence: Double
    /// For an `other` segment: the language the model reads it as, when it knows one.
    public var guess: String?

    public init(block: Int, start: Int, end: Int, lang: Language, confidence: Double, guess: String? = nil) {
        self.block = block
        self.start = start
        self.end = end
        self.lang = lang
        self.confidence = confidence
        self.guess = guess
    }
}
