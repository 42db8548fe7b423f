import Foundation

/// The extract stage: finds facts in each normalized part's text.
///
/// Reads `text`, `annotations` (number and date spans from the normalize stage) and the
/// part's embed blocks; copies every other field and adds `facts`:
/// - `quantities`: each number annotation with the noun it counts ("260 مقاتلاً", "12 people",
///   the dual "شاحنتين" = 2), the noun's base (مقاتل), a qualifier ("نحو", "more than") and
///   ranges ("بين 10 و15" is 10 with upper 15); numbers in dates, times, links and hashtags
///   are skipped.
/// - `dates`: each date annotation's ISO value, grain and span, with its sentence.
/// - `entities`: people, organisations, places, facilities and publications, from the
///   gazetteer (aliases resolved to one canonical name) and from name patterns.
/// - `hashtags`, `mentions` (@handles) and `urls`, as spans; `embeds`: embedded posts.
/// - `attributions`: a cue ("بحسب", "نقلاً عن", "ذكرت", "according to", "said", …), its
///   source span, the entity the source names and whoever relays it.
///
/// Every span counts Unicode scalars of `text`, end exclusive. An empty text gives empty facts.
///
/// Options: `max_source_words` (6), `extra_stop_words` ([]), `gazetteers` ([]),
/// `bundled_gazetteer` (true), `tagger` (false). Rejects: `annotation_out_of_range` when an annotation points
/// outside the text. A gazetteer that cannot be loaded is a config error under
/// `extract.gazetteers` naming the file and line.
public struct ExtractStage: RecordStage {
    public typealias Input = NormalizedRecord
    public typealias Output = ExtractedRecord

    public static let name = "extract"
    public static let outputName = "extracted"
    public static let version = 3

    public struct Options: StageOptions {
        /// Most words an attribution's source may hold; a longer one is cut there (default 6).
        public var maxSourceWords = 6
        /// Words never taken for the noun a number counts, on top of the built-in Arabic and
        /// English prepositions, conjunctions and particles (default none). Compared without
        /// Arabic diacritics and case.
        public var extraStopWords: [String] = []
        /// Gazetteer files (JSON arrays of `{name, type, aliases: {ar, en}, wikidata}`) merged
        /// over the bundled one, in order; an entry replaces an earlier one with the same name.
        /// Paths are relative to the config file (default none).
        public var gazetteers: [String] = []
        /// Whether the gazetteer bundled with the package is loaded first (default true).
        public var bundledGazetteer = true
        /// Whether the learned tagger (an averaged perceptron trained on Wojood's train split,
        /// scripts/train_tagger.sh) adds the names the gazetteer and the patterns miss, in parts
        /// not labelled English (default false: on news pages outside Wojood's style it also
        /// tags phrases such as "شركة حتى نهاية" as names).
        public var tagger = false

        public init() {}

        enum CodingKeys: String, CodingKey {
            case maxSourceWords = "max_source_words"
            case extraStopWords = "extra_stop_words"
            case gazetteers
            case bundledGazetteer = "bundled_gazetteer"
            case tagger
        }

        public mutating func resolvePaths(against base: URL) {
            gazetteers = gazetteers.map { $0.hasPrefix("/") ? $0 : base.appendingPathComponent($0).path }
        }
    }

    public let options: Options
    /// SHA-256 over the extra gazetteer files' digests: editing one makes the output stale.
    public let filesDigest: String?
    private let quantities: QuantityExtractor
    private let attributions: AttributionExtractor
    private let subjects: SubjectSourceFinder
    private let entities: EntityFinder
    private let linker = AttributionLinker()
    private let tagger: EntityTagger?

    public init(options: Options) throws {
        guard options.maxSourceWords >= 1 else {
            throw StageError(stage: Self.name, reason: "max_source_words must be ≥ 1")
        }
        self.options = options
        quantities = QuantityExtractor(extraStopWords: options.extraStopWords)
        attributions = AttributionExtractor(maxSourceWords: options.maxSourceWords)
        subjects = SubjectSourceFinder(maxSourceWords: options.maxSourceWords)
        entities = EntityFinder(
            gazetteer: try Gazetteer.load(bundled: options.bundledGazetteer, files: options.gazetteers))
        tagger = options.tagger ? EntityTagger.bundled : nil
        if options.gazetteers.isEmpty {
            filesDigest = nil
        } else {
            let digests = try options.gazetteers.map { try Digest.sha256Hex(ofFile: $0) ?? "missing" }
            filesDigest = Digest.sha256Hex(digests.joined(separator: "\n"))
        }
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
        facts.embeds = EmbedExtractor.embeds(from: input.part.blocks, in: text)

        let links = social.urls.map { $0.start..<$0.end }
        let times = annotations.filter { $0.kind == .date || $0.kind == .time }.map { $0.start..<$0.end }
        let tags = (social.hashtags + social.mentions).map { $0.start..<$0.end }
        facts.quantities = quantities.quantities(
            in: text, annotations: annotations, excluded: SortedRanges(times + links + tags))
        if annotations.contains(where: { $0.kind == .date }) {
            facts.dates = DateMentionExtractor.mentions(
                in: text, annotations: annotations, sentences: SentenceBounds(text))
        }
        let words = WordScanner.words(in: text)
        facts.entities = entities.entities(
            in: text, words: words, excluded: SortedRanges(times + links + tags),
            authors: Set(facts.embeds.compactMap(\.author)))
        if let tagger, input.part.lang != .en {
            facts.entities = tagged(by: tagger, in: input.part.text, text: text, adding: facts.entities, excluded: times + links + tags)
        }
        let barriers = SortedRanges(times + links)
        let cued = attributions.attributions(in: text, words: words, barriers: barriers)
        let cuedSources = SortedRanges(cued.map { $0.source.start..<$0.source.end })
        let subjectFirst = subjects.attributions(in: text, words: words, barriers: barriers).filter {
            !cuedSources.overlaps($0.source.start..<$0.source.end)
        }
        let all = (cued + subjectFirst).sorted { $0.source.start < $1.source.start }
        facts.attributions = linker.link(all, entities: facts.entities, text: text)
        return .one(ExtractedRecord(normalized: input, facts: facts))
    }

    /// The tagger's names that overlap no entity found with more evidence and no date, link or
    /// tag, joined to `found` in text order. Its name is the span's text: it knows no aliases.
    private func tagged(
        by tagger: EntityTagger, in string: String, text: ScalarText, adding found: [EntityMention], excluded: [Range<Int>]
    ) -> [EntityMention] {
        let taken = SortedRanges(found.map { $0.span.start..<$0.span.end } + excluded)
        var all = found
        for name in tagger.entities(in: string) where !taken.overlaps(name.start..<name.end) {
            let span = text.span(name.start..<name.end)
            all.append(EntityMention(kind: name.kind, name: span.text, evidence: .tagger, span: span))
        }
        guard all.count > found.count else { return found }
        return all.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }
}

extension RejectReason {
    /// An annotation's offsets fall outside the record's text (a broken normalize output).
    public static let annotationOutOfRange = RejectReason("annotation_out_of_range")
}
