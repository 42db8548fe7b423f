import Crypto
import Foundation

/// SHA-256 in lowercase hex: record ids, body hashes and manifest hashes.
public enum Digest {
    public static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func sha256Hex(_ string: String) -> String {
        sha256Hex(Data(string.utf8))
    }

    /// A short, stable id: the first 16 hex digits of the SHA-256 of `key`.
    public static func shortID(_ key: String) -> String {
        String(sha256Hex(key).prefix(16))
    }
}
