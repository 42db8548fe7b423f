/// Records the dedupe stage dropped, grouped by the record each one duplicates.
public struct DuplicateSummary: Codable, Sendable, Equatable {
    /// Records with `dedupe.kept` false.
    public var records: Int
    /// Distinct kept records that have duplicates (at most the summarizer's cap).
    public var clusters: Int
    /// The largest clusters, with a few members each.
    public var samples: [Cluster]

    /// A kept record and some of its dropped copies.
    public struct Cluster: Codable, Sendable, Equatable {
        public var keptID: String
        /// The kept record's title or first words; nil when it was not found.
        public var keptTitle: String?
        /// Dropped records in this cluster.
        public var size: Int
        public var members: [Member]

        enum CodingKeys: String, CodingKey {
            case size, members
            case keptID = "kept_id"
            case keptTitle = "kept_title"
        }
    }

    /// One dropped record.
    public struct Member: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var similarity: Double
        public var method: String
    }
}

/// One stage's rejects file, by reason, with the first few lines of each reason.
public struct StageRejects: Codable, Sendable, Equatable {
    public var stage: String
    public var total: Int
    public var reasons: [Reason]

    public struct Reason: Codable, Sendable, Equatable {
        public var reason: String
        public var count: Int
        public var examples: [RejectRecord]
    }
}
