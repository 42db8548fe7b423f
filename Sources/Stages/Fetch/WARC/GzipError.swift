/// Why a gzip (or zlib/deflate) stream could not be inflated or deflated.
public enum GzipError: Error, Equatable, CustomStringConvertible {
    /// The input ended before the stream's end (a cut-off download or file).
    case truncated
    /// zlib refused the bytes: bad header, bad checksum, bad deflate data.
    case corrupt(String)
    /// The decompressed bytes would pass the caller's limit (a gzip bomb, or just too large).
    case tooLarge(limit: Int)
    /// The input did not start with the gzip magic bytes 1f 8b.
    case notGzip

    public var description: String {
        switch self {
        case .truncated: return "compressed data ends before the end of the stream"
        case .corrupt(let message): return "corrupt compressed data (\(message))"
        case .tooLarge(let limit): return "decompressed size passes the limit of \(limit) bytes"
        case .notGzip: return "not a gzip member (no 1f 8b magic)"
        }
    }
}
