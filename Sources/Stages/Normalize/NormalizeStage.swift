/// Normalizes digits and annotates numbers, ordinals, dates and durations.
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
/// Options: `prefer` ("past" or "future"). Rejects: none; every record with a text is emitted.
public struct NormalizeStage: RecordStage {
    public typealias Input = SplitRecord
    public typealias Output = NormalizedRecord

    public static let name = "normalize"
    public static let outputName = "normalized"
    public static let version = 1

    public let options: Options
    private let resolver: RelativeDateResolver
    private let numbers = NumberRecognizer()
    private let ordinals = OrdinalRecognizer()
    private let duals = ArabicDualRecognizer()
    private let absoluteDates = AbsoluteDateRecognizer()
    private let relativeDates: RelativeDateRecognizer
    private let durations: DurationRecognizer

    public init(options: Options = Options()) throws {
        guard let preference = DatePreference(rawValue: options.prefer) else {
            throw OptionError(option: "prefer", value: options.prefer, allowed: DatePreference.allCases.map(\.rawValue))
        }
        self.options = options
        resolver = RelativeDateResolver(preference: preference)
        relativeDates = RelativeDateRecognizer(numbers: numbers)
        durations = DurationRecognizer(numbers: numbers)
    }

    public func process(_ input: SplitRecord, context: StageContext) throws -> StageOutcome<NormalizedRecord> {
        let (text, annotations) = normalize(input.text, published: input.article.published)
        var part = input
        part.text = text
        return .one(NormalizedRecord(part: part, originalText: input.text, annotations: annotations))
    }

    /// The normalized text and its annotations, relative dates resolved against `published`.
    func normalize(_ original: String, published: String?) -> (text: String, annotations: [Annotation]) {
        let folded = DigitFolder.fold(original)
        let text = TokenizedText(folded)
        let reference = published.flatMap(CalendarDay.init(iso:))
        var mentions = numbers.mentions(in: text)
        mentions += ordinals.mentions(in: text)
        mentions += duals.mentions(in: text)
        mentions += durations.mentions(in: text)
        mentions += absoluteDates.mentions(in: text)
        mentions += relativeDates.mentions(in: text)
        let resolved = mentions.compactMap { resolve($0, reference: reference) }
        let annotations = OverlapResolver.resolve(resolved).map { m -> Annotation in
            guard case .resolved(let value, let grain) = m.value else { preconditionFailure("resolved above") }
            return Annotation(
                kind: m.kind, start: m.start, end: m.end, surface: text.surface(m.start, m.end), value: value,
                grain: grain)
        }
        return (folded, annotations)
    }

    /// A mention with its relative date resolved, or nil when it needs a reference it lacks.
    private func resolve(_ m: Mention, reference: CalendarDay?) -> Mention? {
        guard case .relative(let date) = m.value else { return m }
        guard let reference, let (day, grain) = resolver.resolve(date, reference: reference) else { return nil }
        var out = m
        out.value = .resolved(.text(day.iso(grain)), grain)
        return out
    }
}
