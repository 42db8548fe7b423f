/// A WARC file that cannot be read as WARC at some record: the message names the file and
/// the offset (of the record's gzip member, or its first byte in an uncompressed file).
public struct WARCReadError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var offset: Int
    public var problem: String

    public init(file: String, offset: Int, problem: String) {
        self.file = file
        self.offset = offset
        self.problem = problem
    }

    public var description: String { "\(file): record at offset \(offset): \(problem)" }
}
