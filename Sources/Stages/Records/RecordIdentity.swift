/// The three fields every record carries: its own id, the article it came from, and the
/// config source that produced it.
///
/// In filter mode (`pipeline stage NAME`) inputs may carry only `id`: `doc_id` then defaults
/// to the id and `source` to `"stdin"`.
public struct RecordIdentity: Codable, Sendable, Equatable {
    public var id: String
    public var docID: String
    public var source: String

    public init(id: String, docID: String? = nil, source: String) {
        self.id = id
        self.docID = docID ?? id
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id
        case docID = "doc_id"
        case source
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        docID = try c.decodeIfPresent(String.self, forKey: .docID) ?? id
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? "stdin"
    }
}
