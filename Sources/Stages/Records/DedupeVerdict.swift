/// The dedupe stage's decision on one record.
public struct DedupeVerdict: Codable, Sendable, Equatable {
    public enum Method: String, Codable, Sendable {
        case unique, exact, near
    }

    /// The id of the record kept for this record's cluster (its own id when it is kept).
    public var cluster: String
    public var kept: Bool
    public var duplicateOf: String?
    /// Estimated Jaccard similarity to the kept record (1 for exact copies and for the kept one).
    public var similarity: Double
    public var method: Method

    public init(cluster: String, kept: Bool, duplicateOf: String?, similarity: Double, method: Method) {
        self.cluster = cluster
        self.kept = kept
        self.duplicateOf = duplicateOf
        self.similarity = similarity
        self.method = method
    }

    enum CodingKeys: String, CodingKey {
        case cluster, kept, similarity, method
        case duplicateOf = "duplicate_of"
    }
}
