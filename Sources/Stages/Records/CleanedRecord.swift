/// An article's main text in blocks, with its metadata: the clean stage's output and the
/// split stage's input.
///
/// Filter-mode inputs need `id` and either `text` or `blocks`: text alone becomes one
/// paragraph block per run of lines between blank lines; blocks alone are joined into text.
public struct CleanedRecord: Codable, Sendable, Equatable {
    public var identity: RecordIdentity
    public var fetch: FetchInfo
    public var article: ArticleInfo
    public var blocks: [Block]
    public var text: String

    public init(identity: RecordIdentity, fetch: FetchInfo, article: ArticleInfo, blocks: [Block]) {
        self.identity = identity
        self.fetch = fetch
        self.article = article
        self.blocks = blocks
        self.text = Block.joinedText(blocks)
    }

    enum CodingKeys: String, CodingKey { case blocks, text }

    public init(from decoder: Decoder) throws {
        identity = try RecordIdentity(from: decoder)
        fetch = try FetchInfo(from: decoder)
        article = try ArticleInfo(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let blocks = try c.decodeIfPresent([Block].self, forKey: .blocks)
        let text = try c.decodeIfPresent(String.self, forKey: .text)
        switch (blocks, text) {
        case let (blocks?, text?): (self.blocks, self.text) = (blocks, text)
        case let (blocks?, nil): (self.blocks, self.text) = (blocks, Block.joinedText(blocks))
        case let (nil, text?): (self.blocks, self.text) = (Block.paragraphs(of: text), text)
        case (nil, nil):
            throw DecodingError.keyNotFound(
                CodingKeys.text, .init(codingPath: decoder.codingPath, debugDescription: "needs text or blocks"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        try identity.encode(to: encoder)
        try fetch.encode(to: encoder)
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(text, forKey: .text)
    }
}
