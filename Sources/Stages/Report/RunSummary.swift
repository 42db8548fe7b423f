/// What `pipeline report` shows about one run: per-stage counts and timings, what the corpus
/// holds (languages, dates, sources, facts), duplicate clusters and rejects. Built by
/// `RunSummarizer`, rendered by `HTMLReportRenderer`, printed as JSON by `report --json`.
public struct RunSummary: Codable, Sendable, Equatable {
    public var runID: String
    public var runDirectory: String
    /// When the summary was made, ISO 8601.
    public var generatedAt: String
    /// One row per registered stage, in pipeline order; stages without a manifest have `ran` false.
    public var stages: [StageSummary]
    /// Lines of cleaned.jsonl: one per article.
    public var articles: Int
    /// Parts by language, from split.jsonl (deduped.jsonl when split.jsonl is missing).
    public var languages: [CountedKey]
    /// Articles by their `published` date (cleaned.jsonl).
    public var published: DateHistogram
    /// Resolved dates mentioned in the text of kept records (`facts.dates`).
    public var mentionedDates: DateHistogram
    /// Articles by config source.
    public var sources: TopList
    /// The facts of kept records (every record when there is no dedupe verdict).
    public var hashtags: TopList
    public var mentions: TopList
    public var attributions: TopList
    public var quantities: QuantityList
    public var duplicates: DuplicateSummary
    public var rejects: [StageRejects]
    /// Output lines the summarizer could not read (they are left out of every count above).
    public var unreadableLines: Int

    enum CodingKeys: String, CodingKey {
        case stages, articles, languages, published, sources, hashtags, mentions, attributions
        case quantities, duplicates, rejects
        case runID = "run_id"
        case runDirectory = "run_directory"
        case generatedAt = "generated_at"
        case mentionedDates = "mentioned_dates"
        case unreadableLines = "unreadable_lines"
    }
}

/// One stage's manifest, reduced to what a reader compares across stages.
public struct StageSummary: Codable, Sendable, Equatable {
    public var stage: String
    public var ran: Bool
    public var counts: StageCounts?
    public var seconds: Double?
    /// Input records per second of wall time.
    public var recordsPerSecond: Double?
    public var workers: Int?
    public var finishedAt: String?

    enum CodingKeys: String, CodingKey {
        case stage, ran, counts, seconds, workers
        case recordsPerSecond = "records_per_second"
        case finishedAt = "finished_at"
    }
}

/// A label and how many times it was seen.
public struct CountedKey: Codable, Sendable, Equatable {
    public var key: String
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}

/// The most frequent keys of one kind, with totals over all of them.
public struct TopList: Codable, Sendable, Equatable {
    /// Occurrences counted, including keys not in `top`.
    public var total: Int
    /// Distinct keys counted (at most the summarizer's cap).
    public var distinct: Int
    /// Occurrences of keys seen after the cap on distinct keys was reached, not counted by key.
    public var uncounted: Int
    public var top: [CountedKey]
}

/// Counts of dates at one grain (`day`, `month` or `year`), in date order.
public struct DateHistogram: Codable, Sendable, Equatable {
    public var grain: String
    public var buckets: [CountedKey]
    /// Values less precise than the grain (a bare year in a month histogram) or unreadable.
    public var coarser: Int
    /// Records without a date.
    public var missing: Int
}

/// Counted nouns ("260 مقاتلاً" counts once for مقاتلاً, total 260).
public struct QuantityList: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var noun: String
        public var count: Int
        public var total: Double
    }

    /// Quantities seen, with or without a noun.
    public var total: Int
    public var withoutNoun: Int
    public var top: [Item]

    enum CodingKeys: String, CodingKey {
        case total, top
        case withoutNoun = "without_noun"
    }
}
