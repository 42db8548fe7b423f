import Foundation

/// What decides an input line's shard: its `id`, or its `url` when it has no id (fetch's
/// requests get their ids only when fetched, from the URL). A line with neither, or that is not
/// JSON, goes to shard 0, so that every line is in exactly one shard.
enum ShardKey {
    static func shard(of line: JSONLReader.Line, count: Int, decoder: JSONDecoder) -> Int {
        guard count > 1, let key = (try? decoder.decode(Probe.self, from: line.bytes))?.key else { return 0 }
        return ShardSpec.shard(ofKey: key, count: count)
    }

    /// Reads only the two keys; a non-string value counts as absent rather than failing the line.
    private struct Probe: Decodable {
        var key: String?

        enum CodingKeys: String, CodingKey { case id, url }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = (try? container.decodeIfPresent(String.self, forKey: .id))
                ?? (try? container.decodeIfPresent(String.self, forKey: .url))
        }
    }
}
