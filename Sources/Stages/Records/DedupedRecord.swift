/// A record with the dedupe verdict: the dedupe stage's output. corpus.jsonl holds the kept ones.
public struct DedupedRecord: Codable, Sendable, Equatable {
    public var extracted: ExtractedRecord
    public var dedupe: DedupeVerdict

    public init(extracted: ExtractedRecord, dedupe: DedupeVerdict) {
        self.extracted = extracted
        self.dedupe = dedupe
    }

    enum CodingKeys: String, CodingKey { case dedupe }

    public init(from decoder: Decoder) throws {
        extracted = try ExtractedRecord(from: decoder)
        dedupe = try decoder.container(keyedBy: CodingKeys.self).decode(DedupeVerdict.self, forKey: .dedupe)
    }

    public func encode(to encoder: Encoder) throws {
        try extracted.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dedupe, forKey: .dedupe)
    }
}
