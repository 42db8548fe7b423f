/// Normalizes digits and annotates numbers, ordinals, dates, times, ranges and durations.
///
/// Kinds: `number`, `ordinal`, `duration` (seconds), `date` (ISO day, month or year),
/// `time` (local wall-clock "2022-01-28T15:00:00+03:00", with the publication's offset when
/// it has one), `range` (an ISO 8601 interval "start/end": "من 13 إلى 15 تموز", a Hijri month).
/// Hijri dates are converted to Gregorian (Umm al-Qura); the annotation's `hijri` keeps the
/// Hijri form ("1445-09-15", "1445-09", "1445").
///
/// Reads a split record's `text`, `article.published` (the reference date for relative
/// dates) and writes a `NormalizedRecord`: `text` with Arabic-Indic and Persian digits and
/// the Arabic decimal/thousands separators folded to ASCII (one scalar for one scalar, so
/// offsets hold for the original text too), `original_text`, and `annotations` sorted by
/// start, whose offsets count Unicode scalars of the normalized text, end exclusive.
///
/// Arabic and English recognisers both run on every part: they read different scripts, so
/// `lang` is not needed. Without a parseable `published`, relative dates ("أمس", "28 يناير"
/// with no year) are not annotated; absolute ones still are.
///
/// Options: `prefer` ("past" or "future"), and the orthography folds `remove_tatweel`,
/// `remove_diacritics`, `fold_letters`, `nfkc` (off by default; when on, `text` and the
/// annotation offsets are those of the folded text, and `original_text` keeps the input).
/// Rejects: none; every record with a text is emitted.
public struct NormalizeStage: RecordStage {
    public typealias Input = SplitRecord
    public typealias Output = NormalizedRecord

    public static let name = "normalize"
    public static let outputName = "normalized"
    /// 2: times of day, ranges, Hijri dates and feasts, days picked in a month, durations of
    /// bare and dual units, orthography options. 3: English spans counted from the reference
    /// ("last 2 days", "in 2 hours"), quarters, seasons, weekends, ends of weeks and years, parts
    /// of the day with a time, short numeric dates, more feasts (Easter-based, Jewish, Chinese
    /// new year), "next Monday" as next week's. 4: `hijri` on dates written in Hijri; a bare dual
    /// time unit ("يومين") is a duration and the number 2; without `published`, a time joins a
    /// written day ("14-09-1432 هـ, 09:40 صباحاً").
    public static let version = 4

    public let options: Options
    private let resolver: TimeResolver
    private let clocks: ClockRecognizer
    private let hijriDates = HijriDateRecognizer()
    private let monthParts: MonthPartRecognizer
    private let combiner = MentionCombiner()
    private let orthography: OrthographyFolder
    private let numbers = NumberRecognizer()
    private let ordinals = OrdinalRecognizer()
    private let duals = ArabicDualRecognizer()
    private let absoluteDates = AbsoluteDateRecognizer()
    private let relativeDates: RelativeDateRecognizer
    private let durations: DurationRecognizer
    private let englishPeriods: EnglishPeriodRecognizer
    private let quarters = QuarterRecognizer()

    public init(options: Options = Options()) throws {
        guard let preference = DatePreference(rawValue: options.prefer) else {
            throw OptionError(option: "prefer", value: options.prefer, allowed: DatePreference.allCases.map(\.rawValue))
        }
        self.options = options
        orthography = OrthographyFolder(
            removeTatweel: options.removeTatweel, removeDiacritics: options.removeDiacritics,
            foldLetters: options.foldLetters, presentationForms: options.nfkc)
        resolver = TimeResolver(dates: RelativeDateResolver(preference: preference))
        clocks = ClockRecognizer(numbers: numbers)
        monthParts = MonthPartRecognizer(numbers: numbers)
        relativeDates = RelativeDateRecognizer(numbers: numbers)
        durations = DurationRecognizer(numbers: numbers)
        englishPeriods = EnglishPeriodRecognizer(numbers: numbers)
    }

    public func process(_ input: SplitRecord, context: StageContext) throws -> StageOutcome<NormalizedRecord> {
        let (text, annotations) = normalize(input.text, published: input.article.published)
        var part = input
        part.text = text
        return .one(NormalizedRecord(part: part, originalText: input.text, annotations: annotations))
    }

    /// The normalized text and its annotations, relative dates resolved against `published`.
    func normalize(_ original: String, published: String?) -> (text: String, annotations: [Annotation]) {
        let folded = DigitFolder.fold(orthography.fold(original))
        let text = TokenizedText(folded)
        let reference = published.flatMap(ReferenceTime.init(iso:))
        var mentions = numbers.mentions(in: text)
        mentions += ordinals.mentions(in: text)
        let dualNumbers = duals.mentions(in: text)
        mentions += dualNumbers
        mentions += durations.mentions(in: text)
        mentions += absoluteDates.mentions(in: text)
        mentions += relativeDates.mentions(in: text)
        mentions += clocks.mentions(in: text)
        mentions += hijriDates.mentions(in: text)
        mentions += monthParts.mentions(in: text)
        mentions += englishPeriods.mentions(in: text)
        mentions += quarters.mentions(in: text)
        // Without a reference only absolute values stay; a bare time stays to join a written day
        // ("14-09-1432 هـ, 09:40 صباحاً") and yields nothing when it joins none.
        if reference == nil { mentions.removeAll { $0.value.needsReference && !$0.value.isTimeOnReferenceDay } }
        let mixed = DigitFolder.mixedRuns(orthography.isIdentity ? original : orthography.fold(original))
        if !mixed.isEmpty {
            mentions.removeAll { m in mixed.contains { $0.overlaps(m.start..<m.end) } }
        }
        var kept = combiner.combine(OverlapResolver.resolve(mentions), in: text)
        if !dualNumbers.isEmpty { kept = Self.withDualNumbers(dualNumbers, kept) }
        let annotations = kept.compactMap { m -> Annotation? in
            guard let (value, grain) = resolver.resolve(m.value, reference: reference) else { return nil }
            let hijri = m.hijri.flatMap { g in value.text.flatMap { resolver.dates.hijri.form(ofValue: $0, grain: g) } }
            return Annotation(
                kind: m.kind, start: m.start, end: m.end, surface: text.surface(m.start, m.end), value: value,
                grain: grain, hijri: hijri)
        }
        return (folded, annotations)
    }

    /// A dual time unit standing alone ("يومين", "سنتان") is a duration, as Duckling reads it,
    /// and also the number 2 the dual counts: the number follows its duration, same span.
    /// Inside a date ("قبل يومين") the dual is neither.
    static func withDualNumbers(_ duals: [Mention], _ kept: [Mention]) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(kept.count + duals.count)
        var d = 0
        for m in kept {
            out.append(m)
            guard m.kind == .duration else { continue }
            while d < duals.count, duals[d].start < m.start { d += 1 }
            if d < duals.count, duals[d].start == m.start, duals[d].end == m.end { out.append(duals[d]) }
        }
        return out
    }
}
