import Foundation

/// Marks exact and near duplicates: every record is written with a `dedupe` verdict, and
/// only the kept ones go into corpus.jsonl.
///
/// Reads: `id`, `text`, optional `published`. Exact copies share the hash of their folded
/// text (diacritics, tatweel, letter variants, case and punctuation folded). Near copies
/// share a MinHash LSH bucket over word n-grams and have an estimated Jaccard similarity of
/// at least `threshold`. In each cluster the kept record is the earliest published, then the
/// longest text, then the smallest id. Seeds are fixed, so clusters never depend on the run.
/// Rejects: none besides unreadable lines.
public struct DedupeStage: CorpusStage, PublishingStage {
    public struct Options: StageOptions {
        /// Words per shingle.
        public var ngram = 5
        /// LSH bands; `bands × rows` MinHash values per record.
        public var bands = 14
        /// MinHash values per band.
        public var rows = 8
        /// Lowest estimated Jaccard similarity for a near duplicate.
        public var threshold = 0.8
        /// Seed of the MinHash permutations.
        public var seed = 1

        public init() {}

        enum CodingKeys: String, CodingKey {
            case ngram, bands, rows, threshold, seed
        }
    }

    public static let name = "dedupe"
    public static let outputName = "deduped"
    public static let version = 1

    public typealias Input = ExtractedRecord
    public typealias Output = DedupedRecord

    let options: Options
    let minHasher: MinHasher

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
        let words = TextFolder.words(part.text)
        // A record without words is nobody's copy: it gets a hash of its own and no signature.
        return .one(
            DedupeSurvey(
                id: part.identity.id,
                published: part.article.published.flatMap(PublishedDate.epoch),
                length: part.text.unicodeScalars.count,
                exactHash: words.isEmpty ? "empty:" + part.identity.id : Digest.shortID(words.joined(separator: " ")),
                signature: words.isEmpty ? [] : minHasher.signature(of: words, ngram: options.ngram)))
    }

    public func decide(_ surveys: [DedupeSurvey], context: StageContext) -> [DedupeVerdict] {
        DuplicateClusterer(bands: options.bands, rows: options.rows, threshold: options.threshold).verdicts(for: surveys)
    }

    public func output(_ input: ExtractedRecord, decision: DedupeVerdict) -> DedupedRecord {
        DedupedRecord(extracted: input, dedupe: decision)
    }

    public func publishes(_ output: DedupedRecord) -> Bool { output.dedupe.kept }
}

/// What dedupe keeps of each record between its two passes: a few hundred bytes.
public struct DedupeSurvey: Sendable {
    var id: String
    /// Seconds since 1970, when the record has a parseable publication date.
    var published: Double?
    var length: Int
    var exactHash: String
    var signature: [UInt32]
}

/// Publication dates as instants, so that offsets compare correctly.
enum PublishedDate {
    static func epoch(_ iso: String) -> Double? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: iso) { return date.timeIntervalSince1970 }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        return dateOnly.date(from: String(iso.prefix(10)))?.timeIntervalSince1970
    }
}
