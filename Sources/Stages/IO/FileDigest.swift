import Crypto
import Foundation

extension Digest {
    /// SHA-256 of a file's bytes, read in 1 MB pieces; nil when the file does not exist.
    public static func sha256Hex(ofFile path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IOError(path: path, operation: "open", code: errno)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }
}
