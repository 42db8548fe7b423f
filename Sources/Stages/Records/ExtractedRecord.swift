/// A normalized part with its facts: the extract stage's output and the dedupe stage's input.
///
/// Filter-mode inputs need `id` and `text`; `published` helps choose which copy is kept.
public struct ExtractedRecord: Codable, Sendable, Equatable {
    public var normalized: NormalizedRecord
    public var facts: Facts

    public init(normalized: NormalizedRecord, facts: Facts) {
        self.normalized = normalized
        self.facts = facts
    }

    enum CodingKeys: String, CodingKey { case facts }

    public init(from decoder: Decoder) throws {
        normalized = try NormalizedRecord(from: decoder)
        facts = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Facts.self, forKey: .facts) ?? Facts()
    }

    public func encode(to encoder: Encoder) throws {
        try normalized.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(facts, forKey: .facts)
    }
}
