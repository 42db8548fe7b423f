/// What the extract stage found in one record's text. Every span counts Unicode scalars
/// of the record's (normalized) `text`, end exclusive; the record's `id` names the part.
public struct Facts: Codable, Sendable, Equatable {
    public var quantities: [Quantity] = []
    public var dates: [DateMention] = []
    /// People, organisations, places, facilities and publications, in text order.
    public var entities: [EntityMention] = []
    public var hashtags: [Span] = []
    /// @handles.
    public var mentions: [Span] = []
    public var urls: [Span] = []
    public var attributions: [Attribution] = []
    /// Posts embedded in the article (a quoted tweet), from the clean stage's embed blocks.
    public var embeds: [EmbeddedPost] = []

    public init() {}

    enum CodingKeys: String, CodingKey {
        case quantities, dates, entities, hashtags, mentions, urls, attributions, embeds
    }

    // Older outputs lack the later fields; read them as empty rather than refuse the file.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quantities = try c.decodeIfPresent([Quantity].self, forKey: .quantities) ?? []
        dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
        entities = try c.decodeIfPresent([EntityMention].self, forKey: .entities) ?? []
        hashtags = try c.decodeIfPresent([Span].self, forKey: .hashtags) ?? []
        mentions = try c.decodeIfPresent([Span].self, forKey: .mentions) ?? []
        urls = try c.decodeIfPresent([Span].self, forKey: .urls) ?? []
        attributions = try c.decodeIfPresent([Attribution].self, forKey: .attributions) ?? []
        embeds = try c.decodeIfPresent([EmbeddedPost].self, forKey: .embeds) ?? []
    }
}

/// A piece of text and where it stands.
public struct Span: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A counted thing: "نحو 260 مقاتلاً" is value 260, noun مقاتلاً, base مقاتل, qualifier about.
public struct Quantity: Codable, Sendable, Equatable {
    /// How a written number is hedged.
    public enum Qualifier: String, Codable, Sendable {
        /// نحو، حوالي، قرابة، about, around, some.
        case about
        /// أكثر من، أزيد من، over, more than.
        case moreThan = "more_than"
        /// أقل من، under, less than, fewer than.
        case lessThan = "less_than"
        /// ما لا يقل عن، at least.
        case atLeast = "at_least"
        /// حتى، ما يصل إلى، up to, at most.
        case upTo = "up_to"
    }

    public var value: Double
    /// The upper end of a range ("بين 10 و15 قتيلاً", "10 to 15 people"); nil for one value.
    public var upper: Double?
    /// The counted noun as written, when one follows the number (or the dual itself).
    public var noun: String?
    /// The noun's lemma-like base: no article, clitics, case or number ending (مقاتلاً → مقاتل).
    public var base: String?
    public var qualifier: Qualifier?
    public var span: Span

    public init(
        value: Double, upper: Double? = nil, noun: String?, base: String? = nil,
        qualifier: Qualifier? = nil, span: Span
    ) {
        self.value = value
        self.upper = upper
        self.noun = noun
        self.base = base
        self.qualifier = qualifier
        self.span = span
    }
}

/// A resolved date in the text and the sentence it stands in.
public struct DateMention: Codable, Sendable, Equatable {
    public var value: String
    public var grain: Annotation.Grain?
    public var span: Span
    public var sentence: String

    public init(value: String, grain: Annotation.Grain?, span: Span, sentence: String) {
        self.value = value
        self.grain = grain
        self.span = span
        self.sentence = sentence
    }
}

/// "according to X": the cue and the source span that follows it.
public struct Attribution: Codable, Sendable, Equatable {
    public var cue: String
    public var source: Span
    /// The canonical name of the entity the source names, when one matches.
    public var entity: String?
    /// Who relays the source, when the text says so: "وذكرت الصحيفة نقلاً عن مصدر أمني" is
    /// مصدر أمني via النبأ (the relaying source's entity, or its text when it has none).
    public var via: String?

    public init(cue: String, source: Span, entity: String? = nil, via: String? = nil) {
        self.cue = cue
        self.source = source
        self.entity = entity
        self.via = via
    }
}

/// A named thing in the text, resolved to one canonical entity when the gazetteer knows it.
public struct EntityMention: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case person, organisation, place, facility, publication
    }

    /// What found the mention; a gazetteer match outranks a pattern, a pattern the tagger.
    public enum Evidence: String, Codable, Sendable {
        case gazetteer, pattern, tagger
    }

    public var kind: Kind
    /// The canonical name: the gazetteer's, or the span's text when the gazetteer lacks it.
    public var name: String
    /// The Wikidata id of a gazetteer entity, when the gazetteer gives one ("Q2386475").
    public var wikidata: String?
    public var evidence: Evidence
    public var span: Span

    public init(kind: Kind, name: String, wikidata: String? = nil, evidence: Evidence, span: Span) {
        self.kind = kind
        self.name = name
        self.wikidata = wikidata
        self.evidence = evidence
        self.span = span
    }
}

/// A post quoted in the article (a tweet), as the clean stage read its embed block.
public struct EmbeddedPost: Codable, Sendable, Equatable {
    /// "twitter", "instagram", …
    public var provider: String?
    public var author: String?
    public var handle: String?
    /// ISO 8601 day when the embed gives one.
    public var date: String?
    public var url: String?
    /// Where the post's text stands in this part's text, when it is in this part.
    public var span: Span?

    public init(
        provider: String?, author: String?, handle: String?, date: String?, url: String?, span: Span?
    ) {
        self.provider = provider
        self.author = author
        self.handle = handle
        self.date = date
        self.url = url
        self.span = span
    }
}
