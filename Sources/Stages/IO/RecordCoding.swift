import Foundation

/// The one JSON configuration for records: sorted keys and unescaped slashes, so that the
/// same record always gives the same bytes.
public enum RecordCoding {
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }

    /// Encodes a value as one JSON line's bytes (without the newline).
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }
}
