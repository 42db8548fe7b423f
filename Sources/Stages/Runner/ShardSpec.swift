import Crypto
import Foundation

/// One shard of a stage run: `--shard I/N` processes only the input lines whose key hashes to I.
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    /// 0-based, below `count`.
    public let index: Int
    /// How many shards the stage's input is cut into (N ≥ 1).
    public let count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw ShardSpecError(text: "\(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, as `--shard` and Slurm's `$SLURM_ARRAY_TASK_ID/N` write it.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardSpecError(text: text)
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// `shard-I-of-N`, the part every shard file name carries.
    public var fileTag: String { "shard-\(index)-of-\(count)" }

    /// The shard a key belongs to: the first 8 bytes of its SHA-256 as a big-endian UInt64,
    /// mod N. SHA-256 rather than Swift's Hasher, which is seeded anew in every process.
    public static func shard(ofKey key: String, count: Int) -> Int {
        let digest = SHA256.hash(data: Data(key.utf8))
        let prefix = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(prefix % UInt64(count))
    }
}

/// A `--shard` value that is not `I/N` with 0 ≤ I < N.
public struct ShardSpecError: Error, CustomStringConvertible {
    public var text: String
    public var description: String { "--shard \(text): expected I/N with N ≥ 1 and 0 ≤ I < N (for example 0/4)" }
}
