/// Where `WARCWriter` put a response record: the WARC file's final name (in the writer's
/// folder) and the offset of the record's gzip member, for `WARCReader.record(at:)`.
public struct WARCLocation: Sendable, Equatable, Codable {
    public var file: String
    public var offset: Int

    public init(file: String, offset: Int) {
        self.file = file
        self.offset = offset
    }
}
