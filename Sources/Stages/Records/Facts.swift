/// What the extract stage found in one record's text. Every span counts Unicode scalars
/// of the record's (normalized) `text`, end exclusive.
public struct Facts: Codable, Sendable, Equatable {
    public var quantities: [Quantity] = []
    public var dates: [DateMention] = []
    public var hashtags: [Span] = []
    /// @handles.
    public var mentions: [Span] = []
    public var urls: [Span] = []
    public var attributions: [Attribution] = []

    public init() {}
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

/// A counted thing: "260 مقاتلاً" is value 260, noun مقاتلاً.
public struct Quantity: Codable, Sendable, Equatable {
    public var value: Double
    /// The counted noun as written, when one follows the number (or the dual itself).
    public var noun: String?
    public var span: Span

    public init(value: Double, noun: String?, span: Span) {
        self.value = value
        self.noun = noun
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

    public init(cue: String, source: Span) {
        self.cue = cue
        self.source = source
    }
}
