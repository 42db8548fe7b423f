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

    public init() {}

    enum CodingKeys: String, CodingKey {
        case recordsIn = "records_in"
        case recordsOut = "records_out"
        case rejected, filtered, published
        case rejectReasons = "reject_reasons"
        case filterReasons = "filter_reasons"
    }
}
