/// A phrase that introduces a source: "بحسب", "نقلاً عن", "according to".
struct AttributionCue: Sendable {
    /// How the cue is reported, whatever clitic or spelling the text used.
    let name: String
    /// Keys (`WordKey.scalars`) of the cue's words, in order.
    let keys: [[Unicode.Scalar]]
    /// Conjunctions that may be glued to the cue's first word ("وحسب", "فبحسب").
    let clitics: Set<Unicode.Scalar>
    /// Whether the source may come with the preposition لـ, glued or apart ("وفقاً لوزارة").
    let takesLam: Bool
    /// Whether a verb stands between the cue and the source ("حسبما ذكرت الوكالة").
    let verbFollows: Bool
    /// Whether the cue is a reporting verb whose subject follows it ("وذكرت الصحيفة"): the
    /// source must then open with a content word, and "عن" after it names whom it relays
    /// ("نقلت صحيفة “القدس العربي” عن مصادر").
    let isVerb: Bool

    init(
        _ name: String, clitics: Set<Unicode.Scalar> = ["و", "ف"], takesLam: Bool = false, verbFollows: Bool = false,
        isVerb: Bool = false
    ) {
        self.name = name
        self.keys = name.split(separator: " ").map { WordKey.scalars(String($0)) }
        self.clitics = clitics
        self.takesLam = takesLam
        self.verbFollows = verbFollows
        self.isVerb = isVerb
    }

    /// The built-in cues. "حسب" takes no ف: "فحسب" means "only" ("ليس هذا فحسب").
    static let all: [AttributionCue] = [
        AttributionCue("نقلاً عن"),
        AttributionCue("حسب", clitics: ["و"]),
        AttributionCue("بحسب"),
        AttributionCue("وفق", takesLam: true),
        AttributionCue("وفقاً", takesLam: true),
        AttributionCue("حسبما", verbFollows: true),
        AttributionCue("بحسبما", verbFollows: true),
        AttributionCue("وفقما", verbFollows: true),
        AttributionCue("according to", clitics: []),
    ] + reportingVerbs.map { AttributionCue($0, isVerb: true) }

    /// Reporting verbs, masculine and feminine, whose subject is the source ("قال مسؤول").
    static let reportingVerbs = [
        "قال", "قالت", "ذكر", "ذكرت", "أفاد", "أفادت", "زعم", "زعمت", "نقل", "نقلت", "أكد", "أكدت", "أوضح",
        "أوضحت", "صرح", "صرحت", "أشار", "أشارت",
    ]

    /// Whether the word at `range` is this cue's first word, bare or with a glued clitic.
    func matchesFirst(_ range: Range<Int>, in text: ScalarText) -> Bool {
        if WordKey.matches(range, in: text, key: keys[0]) { return true }
        guard let first = range.lazy.map({ text[$0] }).first(where: { !$0.isArabicMark }), clitics.contains(first)
        else { return false }
        return WordKey.matches(range, in: text, skipping: 1, key: keys[0])
    }

    /// Whether the word at `range` is the cue's word number `index`.
    func matches(_ index: Int, _ range: Range<Int>, in text: ScalarText) -> Bool {
        WordKey.matches(range, in: text, key: keys[index])
    }
}
