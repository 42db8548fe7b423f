/// A name the tagger found: its kind and where it stands, in Unicode scalars, end exclusive.
public struct TaggedEntity: Sendable, Equatable {
    public var kind: EntityMention.Kind
    public var start: Int
    public var end: Int
    /// How sure the tagger is, 0…1: the mean over the span's words of a logistic squash of the
    /// chosen tag's lead over the next best one. Nil when not computed.
    public var score: Double?

    public init(kind: EntityMention.Kind, start: Int, end: Int, score: Double? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.score = score
    }
}
