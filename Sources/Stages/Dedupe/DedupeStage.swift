import Foundation

/// Marks exact and near duplicates: every record is written with a `dedupe` verdict, and
/// only the kept ones go into corpus.jsonl.
///
/// Reads: `id`, `text`, optional `published`. Exact copies share the hash of their folded
/// text (diacritics, tatweel, letter variants, case and punctuation folded). Near copies
/// share a MinHash LSH bucket over word n-grams and have an estimated Jaccard similarity of
/// at least `threshold`. In each cluster the kept record is the earliest published, then the
/// longest text, then the smallest id. Seeds are fixed, so clusters never depend on the run.
///
/// In a run (not in filter mode) the documents kept on earlier nights count too: they sit
/// in `state/dedupe-index.bin`, and a record that copies one is a duplicate of it. The run's
/// own kept records join the index in `commitState`. A rerun of a run compares with the runs
/// committed before it only, so it gives the same output.
///
/// Sharded, as datatrove splits it: `run --stage dedupe --shard I/N` is the signature step
/// (`survey`: folding, exact hash, MinHash signature) over one shard's records, and `merge
/// dedupe` is the join: LSH bucket matching, clustering and the index lookup all run there,
/// in `decide`, over the surveys of every shard. Buckets are not sharded: the surveys are
/// small (about 500 bytes a record in memory), and one pass over all of them keeps the
/// clusters, and so the output, exactly those of an unsharded run.
/// Rejects: none besides unreadable lines.
public struct DedupeStage: CorpusStage, PublishingStage, StateKeepingStage {
    public struct Options: StageOptions {
        // Defaults from our near-duplicate benchmark (scripts/dedupe_bench.py): syndicated copies
        // edited in a few words or cut by a third fall below 0.8 on 5-grams; 3-grams, 28 × 4
        // and 0.7 find them (recall 0.91) with no false pair, in the same 112 values.
        /// Words per shingle.
        public var ngram = 3
        /// LSH bands; `bands × rows` MinHash values per record.
        public var bands = 28
        /// MinHash values per band.
        public var rows = 4
        /// Lowest estimated Jaccard similarity for a near duplicate.
        public var threshold = 0.7
        /// Seed of the MinHash permutations.
        public var seed = 1

        public init() {}

        enum CodingKeys: String, CodingKey {
            case ngram, bands, rows, threshold, seed
        }
    }

    public static let name = "dedupe"
    public static let outputName = "deduped"
    public static let version = 2

    public typealias Input = ExtractedRecord
    public typealias Output = DedupedRecord

    let options: Options
    let minHasher: MinHasher
    let folder = TextFolder()
    let journal = DedupeJournal()

    public init(options: Options) throws {
        guard options.ngram >= 1, options.bands >= 1, options.rows >= 1 else {
            throw StageError(stage: Self.name, reason: "ngram, bands and rows must be ≥ 1")
        }
        guard (0...1).contains(options.threshold) else {
            throw StageError(stage: Self.name, reason: "threshold must be between 0 and 1")
        }
        self.options = options
        self.minHasher = MinHasher(count: options.bands * options.rows, seed: UInt64(options.seed))
    }

    public func survey(_ input: ExtractedRecord, context: StageContext) throws -> StageOutcome<DedupeSurvey> {
        let part = input.normalized.part
        return .one(survey(id: part.identity.id, text: part.text, published: part.article.published))
    }

    func survey(id: String, text: String, published: String?) -> DedupeSurvey {
        let folded = folder.fold(text)
        let hasWords = !folded.wordHashes.isEmpty
        // A record without words is nobody's copy: it gets a hash of its own and no signature.
        return DedupeSurvey(
            id: id,
            published: published.flatMap(PublishedDate.epoch),
            length: folded.scalarCount,
            exactHash: hasWords ? String(Digest.sha256Hex(folded.bytes).prefix(16)) : "empty:" + id,
            signature: hasWords ? minHasher.signature(ofWordHashes: folded.wordHashes, ngram: options.ngram) : [])
    }

    public func decide(_ surveys: [DedupeSurvey], context: StageContext) -> [DedupeVerdict] {
        let clusterer = DuplicateClusterer(bands: options.bands, rows: options.rows, threshold: options.threshold)
        guard let state = context.state else { return clusterer.verdicts(for: surveys) }
        let index = DedupeIndexStore(state: state, settings: .init(options)).load(logger: context.logger) {
            survey(id: $0.id, text: $0.text, published: $0.published)
        }
        let matcher = IndexMatcher(bands: options.bands, rows: options.rows, threshold: options.threshold)
        let matches = matcher.matches(for: surveys, in: index.runs(before: state.runID))
        let verdicts = clusterer.verdicts(for: surveys, indexMatches: matches)
        var kept = DedupeIndex.Run(id: state.runID)
        for (survey, verdict) in zip(surveys, verdicts) where verdict.kept { kept.append(survey) }
        journal.record(.init(index: index, kept: kept))
        return verdicts
    }

    /// Adds this run's kept documents to the index (in place of any it added before) and
    /// writes the index atomically. Nothing to do when `decide` did not run.
    public func commitState(context: StageContext) throws {
        guard let state = context.state, let entry = journal.take() else { return }
        var index = entry.index
        index.replace(with: entry.kept)
        try DedupeIndexStore(state: state, settings: .init(options)).save(index)
    }

    public func output(_ input: ExtractedRecord, decision: DedupeVerdict) -> DedupedRecord {
        DedupedRecord(extracted: input, dedupe: decision)
    }

    public func publishes(_ output: DedupedRecord) -> Bool { output.dedupe.kept }
}

/// What dedupe keeps of each record between its two passes: about 500 bytes. A sharded run
/// writes them to its shards' surveys files, one JSON line each (about 1.3 KB: the signature
/// in decimal).
public struct DedupeSurvey: Codable, Sendable, Equatable {
    var id: String
    /// Seconds since 1970, when the record has a parseable publication date.
    var published: Double?
    var length: Int
    var exactHash: String
    var signature: [UInt32]

    enum CodingKeys: String, CodingKey {
        case id, published, length, signature
        case exactHash = "exact_hash"
    }
}

/// Publication dates as instants, so that offsets compare correctly. Parsed by hand: a date
/// formatter per record would dominate the survey pass.
enum PublishedDate {
    /// Seconds since 1970 of `YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|±HH:MM|±HHMM]`; a date alone is
    /// midnight UTC. Nil for anything else.
    static func epoch(_ iso: String) -> Double? {
        let b = Array(iso.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for byte in b[from..<(from + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), b.count >= 10, b[4] == 45, b[7] == 45,
            let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(CivilDays.days(year: year, month: month, day: day)) * 86_400
        var i = 10
        if i < b.count, b[i] == 84 || b[i] == 32 {  // T or space
            guard let hour = number(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let minute = number(i + 4, 2) else {
                return nil
            }
            seconds += Double(hour * 3600 + minute * 60)
            i += 6
            if i < b.count, b[i] == 58 {
                guard let second = number(i + 1, 2) else { return nil }
                seconds += Double(second)
                i += 3
                if i < b.count, b[i] == 46 {  // fraction: kept out, copies differ by seconds at most
                    i += 1
                    while i < b.count, (48...57).contains(b[i]) { i += 1 }
                }
            }
        }
        guard i < b.count else { return seconds }
        if b[i] == 90, i + 1 == b.count { return seconds }  // Z
        guard b[i] == 43 || b[i] == 45, let hours = number(i + 1, 2) else { return nil }
        let minutesAt = i + 3 < b.count && b[i + 3] == 58 ? i + 4 : i + 3
        guard let minutes = number(minutesAt, 2), minutesAt + 2 == b.count else { return nil }
        let offset = Double(hours * 3600 + minutes * 60)
        return b[i] == 43 ? seconds - offset : seconds + offset
    }
}
