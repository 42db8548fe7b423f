/// The extract stage: finds facts in each normalized part's text.
///
/// Reads `text` and `annotations` (number and date spans from the normalize stage); copies
/// every other field and adds `facts`:
/// - `quantities`: each number annotation with the noun it counts ("260 مقاتلاً", "12 people",
///   the dual "شاحنتين" = 2); numbers inside dates, times, links and hashtags are skipped.
/// - `dates`: each date annotation's ISO value, grain and span, with its sentence.
/// - `hashtags`, `mentions` (@handles) and `urls`, as spans.
/// - `attributions`: a cue ("بحسب", "نقلاً عن", "according to", …) and its source span.
///
/// Every span counts Unicode scalars of `text`, end exclusive. An empty text gives empty facts.
///
/// Options: `max_source_words` (6), `extra_stop_words` ([]). Rejects: `annotation_out_of_range`
/// when an annotation points outside the text.
public struct ExtractStage: RecordStage {
    public typealias Input = NormalizedRecord
    public typealias Output = ExtractedRecord

    public static let name = "extract"
    public static let outputName = "extracted"
    public static let version = 2

    public struct Options: StageOptions {
        /// Most words an attribution's source may hold; a longer one is cut there (default 6).
        public var maxSourceWords = 6
        /// Words never taken for the noun a number counts, on top of the built-in Arabic and
        /// English prepositions, conjunctions and particles (default none). Compared without
        /// Arabic diacritics and case.
        public var extraStopWords: [String] = []

        public init() {}

        enum CodingKeys: String, CodingKey {
            case maxSourceWords = "max_source_words"
            case extraStopWords = "extra_stop_words"
        }
    }

    public let options: Options
    private let quantities: QuantityExtractor
    private let attributions: AttributionExtractor

    public init(options: Options) throws {
        guard options.maxSourceWords >= 1 else {
            throw StageError(stage: Self.name, reason: "max_source_words must be ≥ 1")
        }
        self.options = options
        quantities = QuantityExtractor(extraStopWords: options.extraStopWords)
        attributions = AttributionExtractor(maxSourceWords: options.maxSourceWords)
    }

    public func process(_ input: NormalizedRecord, context: StageContext) throws -> StageOutcome<ExtractedRecord> {
        let text = ScalarText(input.part.text)
        let annotations = input.annotations
        if let bad = annotations.first(where: { $0.start < 0 || $0.start > $0.end || $0.end > text.count }) {
            return .reject(
                .annotationOutOfRange,
                detail: "\(bad.kind.rawValue) annotation \(bad.start)..<\(bad.end) in a text of \(text.count) scalars")
        }
        var facts = Facts()
        let social = SocialExtractor.extract(from: text)
        facts.hashtags = social.hashtags
        facts.mentions = social.mentions
        facts.urls = social.urls

        let links = social.urls.map { $0.start..<$0.end }
        let times = annotations.filter { $0.kind == .date || $0.kind == .time }.map { $0.start..<$0.end }
        let tags = (social.hashtags + social.mentions).map { $0.start..<$0.end }
        facts.quantities = quantities.quantities(
            in: text, annotations: annotations, excluded: SortedRanges(times + links + tags))
        if annotations.contains(where: { $0.kind == .date }) {
            facts.dates = DateMentionExtractor.mentions(
                in: text, annotations: annotations, sentences: SentenceBounds(text))
        }
        facts.attributions = attributions.attributions(
            in: text, words: WordScanner.words(in: text), barriers: SortedRanges(times + links))
        return .one(ExtractedRecord(normalized: input, facts: facts))
    }
}

extension RejectReason {
    /// An annotation's offsets fall outside the record's text (a broken normalize output).
    public static let annotationOutOfRange = RejectReason("annotation_out_of_range")
}
