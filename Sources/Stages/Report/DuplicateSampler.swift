import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The second look at deduped.jsonl: for the few largest clusters, the kept record's title and
/// the first dropped members. Only these clusters are held, so memory stays small.
struct DuplicateSampler {
    private var clusters: [DuplicateSummary.Cluster]
    private let index: [String: Int]
    private let membersPerCluster: Int
    /// Byte strings one of which a line must hold to matter: `"kept":false` or a sampled kept id.
    private let needles: [[UInt8]]

    /// `largest`: cluster ids (kept record ids) with their number of dropped records.
    init(largest: [CountedKey], membersPerCluster: Int) {
        clusters = largest.map { DuplicateSummary.Cluster(keptID: $0.key, keptTitle: nil, size: $0.count, members: []) }
        index = Dictionary(largest.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.membersPerCluster = membersPerCluster
        let encoder = RecordCoding.makeEncoder()
        needles =
            [Array(#""kept":false"#.utf8)]
            + largest.compactMap { try? encoder.encode($0.key) }.map { Array(#""id":"#.utf8) + Array($0) }
    }

    /// Whether a line of the records file may be a sampled record. Most lines are not, and
    /// searching their bytes is much cheaper than decoding them. Records are written with
    /// RecordCoding (compact, sorted keys), so a relevant line always holds a needle verbatim.
    func mightMatter(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { line in needles.contains { Self.find($0, in: line) } }
    }

    /// memchr for the first byte, memcmp for the rest (Glibc's memmem is not visible to Swift).
    private static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else {
            return false
        }
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
            let at = base.distance(to: UnsafeRawPointer(hit))
            if needle.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, needle.count) }) == 0 { return true }
            offset = at + 1
        }
        return false
    }

    var isEmpty: Bool { clusters.isEmpty }

    mutating func add(_ line: FactsLine) {
        guard let verdict = line.dedupe else { return }
        if verdict.kept {
            if let i = index[line.id], clusters[i].keptTitle == nil { clusters[i].keptTitle = line.displayTitle }
            return
        }
        guard let i = index[verdict.duplicateOf ?? verdict.cluster], clusters[i].members.count < membersPerCluster
        else {
            return
        }
        clusters[i].members.append(
            DuplicateSummary.Member(
                id: line.id, title: line.displayTitle, similarity: verdict.similarity, method: verdict.method.rawValue))
    }

    var samples: [DuplicateSummary.Cluster] { clusters }
}
