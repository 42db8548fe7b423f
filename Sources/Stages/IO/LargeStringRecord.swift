import Foundation

/// A record with one string field so large that decoding it is most of the cost of reading
/// the record (a fetched page's `html`). `LineDecoder` cuts that field's value out of the line
/// with a byte scan (`LargeStringSplitter`), decodes the rest with JSONDecoder and sets the
/// field itself: JSONDecoder builds a string with many escapes a piece at a time, which made
/// it a fifth of the clean stage's time.
public protocol LargeStringRecord: Decodable {
    /// The top-level key of the large string field.
    static var largeStringKey: StaticString { get }

    /// Sets the field, after the record was decoded with its value replaced by `""`.
    mutating func setLargeString(_ value: String)
}

extension LargeStringRecord {
    /// Decodes a JSON line; nil when the fast path does not apply (no such top-level string,
    /// an unusual line), and the caller then decodes it the ordinary way, errors and all.
    static func decodeSplitting(_ line: Data, decoder: JSONDecoder) -> Self? {
        line.withUnsafeBytes { raw -> Self? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let split = LargeStringSplitter.split(bytes, key: largeStringKey) else { return nil }
            var rest = Data(capacity: bytes.count - split.value.count + 2)
            rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<split.value.lowerBound]))
            rest.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
            rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[split.value.upperBound...]))
            guard var record = try? decoder.decode(Self.self, from: rest) else { return nil }
            record.setLargeString(split.string)
            return record
        }
    }
}
