/// What a stage made of one input record.
public enum StageOutcome<Output: Sendable>: Sendable {
    /// Zero or more records to write, in order.
    case emit([Output])
    /// The record could not be processed: it goes to the rejects file with the reason.
    case reject(RejectReason, detail: String)
    /// The record was dropped on purpose (for example a duplicate request); counted by reason.
    case filter(String)

    public static func one(_ output: Output) -> StageOutcome { .emit([output]) }
}

/// Why a record was rejected. Each stage declares its own reasons as static constants in its
/// folder; the manifest counts rejects per reason.
public struct RejectReason: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The input line is not JSON.
    public static let invalidJSON = RejectReason("invalid_json")
    /// The input line lacks a field the stage reads, or has one of the wrong type.
    public static let invalidRecord = RejectReason("invalid_record")
    /// The record holds no text to work on (clean found no main text; split got an empty article).
    public static let noText = RejectReason("no_text")
    /// The stage threw an error it did not classify.
    public static let stageError = RejectReason("stage_error")
}
