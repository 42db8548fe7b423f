/// A line a stage could not process, as written to `<stage>.rejects.jsonl`.
public struct RejectRecord: Codable, Sendable, Equatable {
    /// The record's id when the line had one.
    public var id: String?
    /// 1-based line number in the stage's input (the position in the source list for fetch).
    public var line: Int
    public var stage: String
    /// The reason code, such as `invalid_json` or `http_status`.
    public var error: String
    public var detail: String

    public init(id: String?, line: Int, stage: String, error: String, detail: String) {
        self.id = id
        self.line = line
        self.stage = stage
        self.error = error
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey { case id, line, stage, error, detail }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(line, forKey: .line)
        try c.encode(stage, forKey: .stage)
        try c.encode(error, forKey: .error)
        try c.encode(detail, forKey: .detail)
    }
}
