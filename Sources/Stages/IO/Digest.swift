import Crypto
import Foundation

/// SHA-256 in lowercase hex: record ids, body hashes and manifest hashes.
public enum Digest {
    public static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lowercase hex of bytes, without a formatter call per byte (ids are made per record).
    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func sha256Hex(_ string: String) -> String {
        sha256Hex(Data(string.utf8))
    }

    /// A short, stable id: the first 16 hex digits of the SHA-256 of `key`.
    public static func shortID(_ key: String) -> String {
        String(sha256Hex(key).prefix(16))
    }
}
