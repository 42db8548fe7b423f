/// How many records a stage read, wrote, rejected and filtered, by reason.
///
/// Every input record is accounted for: records_in = accepted + rejected + filtered, where an
/// accepted record may give any number of outputs (split gives one per language part).
public struct StageCounts: Codable, Sendable, Equatable {
    public var recordsIn = 0
    public var recordsOut = 0
    public var rejected = 0
    public var filtered = 0
    /// Records written to corpus.jsonl, for the stage that publishes.
    public var published: Int?
    public var rejectReasons: [String: Int] = [:]
    public var filterReasons: [String: Int] = [:]
    /// The same counts per group, for a stage that groups its records (fetch: per source).
    public var sources: [String: GroupCounts]?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case recordsIn = "records_in"
        case recordsOut = "records_out"
        case rejected, filtered, published, sources
        case rejectReasons = "reject_reasons"
        case filterReasons = "filter_reasons"
    }

    mutating func count(_ result: LineResult, group: String?) {
        guard let group else { return }
        var counts = sources?[group] ?? GroupCounts()
        counts.recordsIn += 1
        switch result {
        case .outputs(let lines): counts.recordsOut += lines.count
        case .reject: counts.rejected += 1
        case .filter(let reason): counts.filterReasons[reason, default: 0] += 1
        }
        if sources == nil { sources = [:] }
        sources?[group] = counts
    }
}

/// One group's share of a stage's counts.
public struct GroupCounts: Codable, Sendable, Equatable {
    public var recordsIn = 0
    public var recordsOut = 0
    public var rejected = 0
    public var filterReasons: [String: Int] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case recordsIn = "records_in"
        case recordsOut = "records_out"
        case rejected
        case filterReasons = "filter_reasons"
    }
}
